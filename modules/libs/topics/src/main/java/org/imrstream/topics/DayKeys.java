package org.imrstream.topics;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The key of one guideline's counts for one day on {@link Topics#DAILY_COUNTS}: {@code
 * guideline@2016-11-01} (the decision date, UTC), or {@code guideline@undated} for the decisions
 * whose letter states no date. ISO dates sort as text, so a store's range scan from {@code
 * guideline@from} to {@code guideline@to} reads a guideline's days in order. Guidelines never
 * contain {@code @}; the last one splits.
 */
public final class DayKeys {

  /** The bucket of undated decisions: counted all-time, in no day and so in no window. */
  public static final String UNDATED = "undated";

  private DayKeys() {}

  public static String of(String guideline, LocalDate day) {
    return guideline + "@" + day;
  }

  public static String undated(String guideline) {
    return guideline + "@" + UNDATED;
  }

  /** The guideline of a day key (the whole key when it has no {@code @}). */
  public static String guideline(String dayKey) {
    int at = dayKey.lastIndexOf('@');
    return at < 0 ? dayKey : dayKey.substring(0, at);
  }

  /** The day of a day key; empty for the undated bucket or a key without a day. */
  public static Optional<LocalDate> day(String dayKey) {
    int at = dayKey.lastIndexOf('@');
    if (at < 0 || dayKey.endsWith("@" + UNDATED)) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(dayKey.substring(at + 1)));
  }
}
