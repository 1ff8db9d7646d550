package org.imrstream.sink.api;

import java.time.LocalDate;

/**
 * The current window: the {@code days} decision dates ending at {@code end}, both bounds included.
 * {@code end} is the newest decision date the pipeline has seen across every guideline, one "now"
 * for all of them, so a guideline without recent decisions shows an empty current window instead of
 * an old one.
 */
public record WindowBounds(int days, LocalDate start, LocalDate end) {

  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 3650;

  public static WindowBounds ending(LocalDate end, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "windowDays must be from 1 to " + MAX_DAYS + ", not " + days);
    }
    return new WindowBounds(days, end.minusDays(days - 1L), end);
  }
}
