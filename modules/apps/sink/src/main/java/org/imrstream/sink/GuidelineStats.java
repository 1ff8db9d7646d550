package org.imrstream.sink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;

/**
 * What a dashboard shows for one guideline: all-time counts and the current rolling window.
 * Immutable; kept in the sink's state store as JSON.
 *
 * <p>The current window is the one that ends earliest among those holding the newest decision: with
 * 30-day windows advancing by a day, the 30 days up to and including the newest decision's day. To
 * find it, the stats keep the windows that still hold the newest decision (at most size / advance
 * of them) and forget older ones.
 *
 * @param windows the windows that hold the newest decision seen, by start
 */
public record GuidelineStats(String guideline, Counts allTime, List<WindowCounts> windows) {

  public GuidelineStats {
    windows = windows == null ? List.of() : List.copyOf(windows);
  }

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
    return new GuidelineStats(guideline, new Counts(0, 0, 0), List.of());
  }

  /** The current rolling window, or null before any window was seen. */
  public WindowCounts currentWindow() {
    return windows.stream().min(Comparator.comparingLong(WindowCounts::endMs)).orElse(null);
  }

  /**
   * The stats with one counts record applied: all-time replaces; a window is kept while it holds
   * the newest decision.
   */
  public GuidelineStats apply(GuidelineOutcomeCounts counts) {
    if (counts.getScope() == CountScope.ALL_TIME) {
      return new GuidelineStats(
          counts.getGuideline(),
          new Counts(counts.getUpheld(), counts.getOverturned(), counts.getTotal()),
          windows);
    }
    if (counts.getWindowStart() == null || counts.getWindowEnd() == null) {
      return this;
    }
    WindowCounts update =
        new WindowCounts(
            counts.getWindowStart().toEpochMilli(),
            counts.getWindowEnd().toEpochMilli(),
            counts.getUpheld(),
            counts.getOverturned(),
            counts.getTotal());
    List<WindowCounts> next = new ArrayList<>(windows);
    next.removeIf(w -> w.startMs() == update.startMs());
    next.add(update);
    // The newest decision lies in the window with the latest start; windows ending before it are
    // history.
    long newest = next.stream().mapToLong(WindowCounts::startMs).max().orElse(update.startMs());
    next.removeIf(w -> w.endMs() <= newest);
    next.sort(Comparator.comparingLong(WindowCounts::startMs));
    return new GuidelineStats(counts.getGuideline(), allTime, next);
  }
}
