package org.imrstream.sink.api;

import java.time.LocalDate;
import java.util.List;
import org.imrstream.sink.stats.Tally;

/**
 * One guideline as the instance that holds it sees it: all-time counts, newest decision date, when
 * they changed, and its days up to {@code windowDays} back from its own newest day. That is enough
 * for any window of that length ending at a "now" on or after its newest day, so one round trip to
 * each instance answers {@code /api/guidelines} whatever the newest date of the others.
 *
 * @param newestDecisionDate ISO date, or null when none of its decisions is dated
 */
public record GuidelineSnapshot(
    String guideline,
    Tally allTime,
    String newestDecisionDate,
    String updatedAt,
    List<DayCount> recentDays) {

  public GuidelineSnapshot {
    recentDays = recentDays == null ? List.of() : List.copyOf(recentDays);
  }

  /** The counts of the days of {@code window}. */
  public Tally within(WindowBounds window) {
    Tally sum = Tally.EMPTY;
    for (DayCount day : recentDays) {
      LocalDate date = LocalDate.parse(day.date());
      if (!date.isBefore(window.start()) && !date.isAfter(window.end())) {
        sum = sum.plus(day.tally());
      }
    }
    return sum;
  }
}
