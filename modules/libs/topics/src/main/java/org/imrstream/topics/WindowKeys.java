package org.imrstream.topics;

import java.time.Instant;

/**
 * The key of a window's counts on {@link Topics#WINDOW_COUNTS}: {@code guideline@windowStart}, the
 * start in ISO-8601 ({@code MTUS:Chronic Pain@2016-11-01T00:00:00Z}). Guidelines never contain
 * {@code @}; the last one splits.
 */
public final class WindowKeys {

  private WindowKeys() {}

  public static String of(String guideline, Instant windowStart) {
    return guideline + "@" + windowStart;
  }

  /** The guideline of a window key (the whole key when it has no {@code @}). */
  public static String guideline(String windowKey) {
    int at = windowKey.lastIndexOf('@');
    return at < 0 ? windowKey : windowKey.substring(0, at);
  }
}
