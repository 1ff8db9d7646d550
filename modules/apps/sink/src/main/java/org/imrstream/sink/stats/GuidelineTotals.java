package org.imrstream.sink.stats;

import java.time.LocalDate;

/**
 * One guideline's all-time counts, the sum of all its days and its undated bucket, so they are
 * never below any window's; the newest decision date counted; and when they last changed
 * (wall-clock milliseconds). Kept in the sink's store as JSON.
 *
 * @param newestDay ISO date of the newest day with a decision, or null (none dated yet)
 */
public record GuidelineTotals(
    String guideline, long upheld, long overturned, String newestDay, long updatedAtMs) {

  public static GuidelineTotals empty(String guideline) {
    return new GuidelineTotals(guideline, 0, 0, null, 0);
  }

  public Tally allTime() {
    return new Tally(upheld, overturned);
  }

  /** The newest decision date counted, if any. */
  public LocalDate newestDate() {
    return newestDay == null ? null : LocalDate.parse(newestDay);
  }

  /**
   * These totals after one bucket (a day, or undated when {@code day} is null) went from {@code
   * before} to {@code after}, at {@code nowMs}.
   */
  public GuidelineTotals change(LocalDate day, Tally before, Tally after, long nowMs) {
    Tally total = allTime().plus(after.minus(before));
    String newest = newestDay;
    if (day != null && after.total() > 0 && (newest == null || day.isAfter(newestDate()))) {
      newest = day.toString();
    }
    return new GuidelineTotals(guideline, total.upheld(), total.overturned(), newest, nowMs);
  }
}
