package org.imrstream.sink.api;

import org.imrstream.sink.stats.Tally;

/** One day of one guideline: its date (ISO) and counts. */
public record DayCount(String date, long upheld, long overturned) {

  public Tally tally() {
    return new Tally(upheld, overturned);
  }
}
