package org.imrstream.sink;

import java.time.Instant;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;

/**
 * What a dashboard shows for one guideline: all-time counts and the current rolling window (the window with the
 * latest start seen). Immutable; kept in the sink's state store as JSON.
 */
public record GuidelineStats(String guideline, Counts allTime, WindowCounts currentWindow) {

  public record Counts(long upheld, long overturned, long total) {
    public double overturnRate() {
      return total == 0 ? 0.0 : (double) overturned / total;
    }
  }

  /** A window, its bounds as epoch milliseconds (so the store's JSON needs no date module). */
  public record WindowCounts(long startMs, long endMs, long upheld, long overturned, long total) {
    public Instant start() {
      return Instant.ofEpochMilli(startMs);
    }

    public Instant end() {
      return Instant.ofEpochMilli(endMs);
    }

    public double overturnRate() {
      return total == 0 ? 0.0 : (double) overturned / total;
    }
  }

  public static GuidelineStats empty(String guideline) {
    return new GuidelineStats(guideline, new Counts(0, 0, 0), null);
  }

  /** The stats with one counts record applied: all-time replaces; a window replaces only a window not newer. */
  public GuidelineStats apply(GuidelineOutcomeCounts counts) {
    if (counts.getScope() == CountScope.ALL_TIME) {
      return new GuidelineStats(counts.getGuideline(),
          new Counts(counts.getUpheld(), counts.getOverturned(), counts.getTotal()), currentWindow);
    }
    Instant start = counts.getWindowStart();
    if (start == null || (currentWindow != null && start.toEpochMilli() < currentWindow.startMs())) {
      return this; // an update to an older window: the current window stays
    }
    long end = counts.getWindowEnd() == null ? start.toEpochMilli() : counts.getWindowEnd().toEpochMilli();
    return new GuidelineStats(counts.getGuideline(), allTime, new WindowCounts(start.toEpochMilli(), end,
        counts.getUpheld(), counts.getOverturned(), counts.getTotal()));
  }
}
