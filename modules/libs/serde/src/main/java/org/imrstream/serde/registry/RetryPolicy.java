package org.imrstream.serde.registry;

import java.time.Duration;

/**
 * How often and how patiently to retry a registry call that failed for a reason that may pass (I/O
 * error, HTTP 5xx, 408, 429): at least {@code maxAttempts} tries, and on until {@code retryFor} has
 * passed since the first, waiting {@code firstBackoff}, then twice as long each time, capped at
 * {@code maxBackoff}.
 */
public record RetryPolicy(
    int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration retryFor) {

  /**
   * How long a call keeps trying by default: a registry restart, or an outage of a minute or two,
   * is ridden out.
   */
  public static final Duration DEFAULT_RETRY_FOR = Duration.ofMinutes(2);

  /**
   * Keeps trying for two minutes. A serializer that gave up sooner would fail the Streams task
   * (which reprocesses from its last commit: nothing is lost), but a stream thread that fails again
   * and again shuts the application down; a record is never skipped for want of the registry either
   * way.
   */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), DEFAULT_RETRY_FOR);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    if (retryFor.isNegative()) {
      throw new IllegalArgumentException("retryFor must not be negative: " + retryFor);
    }
  }

  /** A policy of {@code maxAttempts} tries, whatever time they take. */
  public RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    this(maxAttempts, firstBackoff, maxBackoff, Duration.ZERO);
  }

  /** The same policy, trying for {@code duration}. */
  public RetryPolicy retryingFor(Duration duration) {
    return new RetryPolicy(maxAttempts, firstBackoff, maxBackoff, duration);
  }

  /** Whether to try again after {@code attempts} failed tries that started {@code elapsed} ago. */
  boolean tryAgain(int attempts, Duration elapsed) {
    return attempts < maxAttempts || elapsed.compareTo(retryFor) < 0;
  }

  /** The wait after failed attempt number {@code attempt} (1-based). */
  Duration backoffAfter(int attempt) {
    Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
