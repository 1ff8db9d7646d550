package org.imrstream.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.imrstream.command.Causes;

/**
 * When a failed stream thread is worth replacing: a passing fault (a registry or broker away for a
 * while, a fenced transaction) heals by reprocessing from the last commit, but the same failure
 * again and again means the application cannot make progress, and only a loud stop gets someone to
 * look. A missing topic never heals by itself.
 */
public final class ThreadFailurePolicy {

  private final int maxFailures;
  private final Duration window;
  private final Deque<Long> recent = new ArrayDeque<>();

  /**
   * @param maxFailures failures tolerated within {@code window}; one more shuts the application
   *     down
   */
  public ThreadFailurePolicy(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Three failures in ten minutes are replaced; the fourth stops the application. */
  public static ThreadFailurePolicy defaults() {
    return new ThreadFailurePolicy(3, Duration.ofMinutes(10));
  }

  /**
   * Records a failure at {@code nowMs}; true when the thread should be replaced, false to shut
   * down.
   */
  public synchronized boolean replaceAfter(Throwable error, long nowMs) {
    if (Causes.find(error, MissingSourceTopicException.class).isPresent()) {
      return false;
    }
    recent.addLast(nowMs);
    while (!recent.isEmpty() && recent.peekFirst() < nowMs - window.toMillis()) {
      recent.removeFirst();
    }
    return recent.size() <= maxFailures;
  }
}
