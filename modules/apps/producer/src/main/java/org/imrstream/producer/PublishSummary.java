package org.imrstream.producer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a publishing run did: letters and bytes acknowledged, the letters that failed with their
 * reasons, and how long it took. A failure is kept per letter origin (its path, or "stdin") with
 * its latest reason, and dropped when a later attempt is acknowledged: a watched inbox retries a
 * file on every poll through an outage, and only what is still not delivered is a failure.
 */
public final class PublishSummary {

  private long letters;
  private long bytes;
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final long startNanos = System.nanoTime();

  synchronized void acknowledged(Letter letter) {
    letters++;
    bytes += letter.bytes().length;
    failures.remove(letter.origin());
  }

  synchronized void failed(String origin, String reason) {
    failures.remove(origin); // so the order is that of the latest failures
    failures.put(origin, reason);
  }

  public synchronized long letters() {
    return letters;
  }

  public synchronized long bytes() {
    return bytes;
  }

  /** "origin: reason" for each letter not delivered, oldest first. */
  public synchronized List<String> failures() {
    return failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }

  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public synchronized String toString() {
    double seconds = Math.max(elapsed().toMillis(), 1) / 1000.0;
    return String.format(
        "published %d letter(s), %s in %.1f s (%.1f letters/s, %s/s), %d failure(s)",
        letters,
        size(bytes),
        seconds,
        letters / seconds,
        size((long) (bytes / seconds)),
        failures.size());
  }

  /** Letters are 5-30 KB: MB alone would print most runs as 0.0. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }
}
