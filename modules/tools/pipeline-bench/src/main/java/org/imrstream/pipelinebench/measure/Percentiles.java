package org.imrstream.pipelinebench.measure;

/**
 * A distribution of durations summed up, in milliseconds; every figure is NaN when it holds
 * nothing.
 *
 * @param count how many durations were recorded
 */
public record Percentiles(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

  public static final Percentiles EMPTY =
      new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
