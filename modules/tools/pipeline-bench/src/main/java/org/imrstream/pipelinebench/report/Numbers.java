package org.imrstream.pipelinebench.report;

import java.util.Locale;

/**
 * How figures are printed: fixed decimals, thousands grouped, "-" for a figure that could not be
 * measured (NaN, a negative size).
 */
public final class Numbers {

  private static final double MIB = 1024.0 * 1024.0;

  private Numbers() {}

  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  public static String whole(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Bytes as MiB with one decimal; "-" when unknown (negative). */
  public static String mebibytes(long bytes) {
    return bytes < 0 ? "-" : fixed(bytes / MIB, 1);
  }

  /** A share (0.25) as a percentage with one decimal ("25.0"). */
  public static String percent(double share) {
    return fixed(share * 100, 1);
  }
}
