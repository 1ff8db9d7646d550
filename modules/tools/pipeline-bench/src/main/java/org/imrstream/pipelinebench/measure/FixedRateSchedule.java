package org.imrstream.pipelinebench.measure;

/**
 * When each letter of a steady stream is due: letter {@code i} at {@code start + i / rate}. Due
 * times are absolute, so a sender that is late once does not shift every later letter; it catches
 * up, as a real source with a fixed arrival rate would.
 */
public final class FixedRateSchedule {

  private final long startNanos;
  private final double intervalNanos;

  /**
   * @param perSecond letters a second, more than 0
   * @param startNanos when letter 0 is due, on the {@link System#nanoTime()} scale
   */
  public FixedRateSchedule(double perSecond, long startNanos) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("a rate must be more than 0 letters/s, not " + perSecond);
    }
    this.startNanos = startNanos;
    this.intervalNanos = 1e9 / perSecond;
  }

  public long dueNanos(long index) {
    return startNanos + Math.round(index * intervalNanos);
  }

  /** How many letters a run of {@code seconds} at {@code perSecond} sends (at least one). */
  public static int letters(double perSecond, double seconds) {
    return (int) Math.max(1, Math.round(perSecond * seconds));
  }
}
