package org.imrstream.serde.registry;

import java.time.Duration;

/**
 * How often and how patiently to retry a registry call that failed for a reason that may pass (I/O error, HTTP 5xx,
 * 408, 429): at most {@code maxAttempts} tries in all, waiting {@code firstBackoff}, then twice as long each time,
 * capped at {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

  /** Four tries over about 0.7 s: rides out a registry restart's first seconds without stalling a stream long. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
  }

  /** The wait after failed attempt number {@code attempt} (1-based). */
  Duration backoffAfter(int attempt) {
    Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
