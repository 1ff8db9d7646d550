package org.imrstream.sink.stats;

/**
 * Upheld and overturned counts: of one day, one window or all time. Immutable; kept in the sink's
 * stores as JSON.
 */
public record Tally(long upheld, long overturned) {

  public static final Tally EMPTY = new Tally(0, 0);

  public long total() {
    return upheld + overturned;
  }

  /** Overturned over total; 0 when there is nothing (never NaN). */
  public double overturnRate() {
    long total = total();
    return total == 0 ? 0.0 : (double) overturned / total;
  }

  public Tally plus(Tally other) {
    return new Tally(upheld + other.upheld, overturned + other.overturned);
  }

  public Tally minus(Tally other) {
    return new Tally(upheld - other.upheld, overturned - other.overturned);
  }
}
