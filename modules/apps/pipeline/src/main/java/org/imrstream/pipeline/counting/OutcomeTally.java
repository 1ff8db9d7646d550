package org.imrstream.pipeline.counting;

/** Upheld and overturned counts of one guideline (in one window, or all-time). Immutable. */
public record OutcomeTally(long upheld, long overturned) {

  public static final OutcomeTally EMPTY = new OutcomeTally(0, 0);

  public OutcomeTally apply(OutcomeDelta delta) {
    return delta.upheld()
        ? new OutcomeTally(upheld + delta.change(), overturned)
        : new OutcomeTally(upheld, overturned + delta.change());
  }

  public long total() {
    return upheld + overturned;
  }
}
