package org.imrstream.pipeline;

import java.time.Duration;

/**
 * The rolling windows of the outcome counts.
 *
 * @param size how much time one window covers (default 30 days)
 * @param advance how far consecutive windows are apart (default 1 day)
 * @param grace how long after a window's end a decision is still counted in it (default 3650 days,
 *     so that a replay of ten years of letters in any order yields the same windows)
 */
public record WindowSettings(Duration size, Duration advance, Duration grace) {

  public static final WindowSettings DEFAULT =
      new WindowSettings(Duration.ofDays(30), Duration.ofDays(1), Duration.ofDays(3650));

  public WindowSettings {
    if (size.isNegative()
        || size.isZero()
        || advance.isNegative()
        || advance.isZero()
        || advance.compareTo(size) > 0) {
      throw new IllegalArgumentException(
          "windows need 0 < advance <= size, got size " + size + ", advance " + advance);
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
  }
}
