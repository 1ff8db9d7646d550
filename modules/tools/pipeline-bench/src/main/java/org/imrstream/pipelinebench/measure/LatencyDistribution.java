package org.imrstream.pipelinebench.measure;

import org.HdrHistogram.Histogram;

/**
 * Durations recorded at microsecond resolution with three significant digits (HdrHistogram), so
 * that a p99 over tens of thousands of letters costs a few kilobytes, not a sorted copy of them
 * all. Not thread-safe: one thread records.
 */
public final class LatencyDistribution {

  private static final double MICROS_PER_MILLI = 1000.0;

  // Auto-resizing: no upper bound to guess, a stalled pipeline's minutes fit as well as
  // milliseconds.
  private final Histogram histogram = new Histogram(3);

  /**
   * Records one duration; a negative one (clocks of two events a microsecond apart) counts as 0.
   */
  public void recordNanos(long nanos) {
    histogram.recordValue(Math.max(0, nanos / 1000));
  }

  public long count() {
    return histogram.getTotalCount();
  }

  public Percentiles percentiles() {
    if (count() == 0) {
      return Percentiles.EMPTY;
    }
    return new Percentiles(
        count(), millis(50), millis(95), millis(99), histogram.getMaxValue() / MICROS_PER_MILLI);
  }

  private double millis(double percentile) {
    return histogram.getValueAtPercentile(percentile) / MICROS_PER_MILLI;
  }
}
