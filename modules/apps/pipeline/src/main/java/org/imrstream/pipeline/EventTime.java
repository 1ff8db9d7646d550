package org.imrstream.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.imrstream.parser.LetterHeader;

/**
 * When a decision happened, as the letter states it; never when the record was written or read, so
 * that any replay, in any order, puts every decision in the same windows.
 *
 * <p>The rule: the first date of the letter's header, in this order, that is a valid Kafka
 * timestamp (on or after 1970-01-01), at midnight UTC:
 *
 * <ol>
 *   <li>the decision date;
 *   <li>the date the case was assigned to the reviewer (days to weeks before the decision);
 *   <li>the date the IMR application was received (days before the assignment);
 *   <li>the utilization review denial date (days to weeks before the application).
 * </ol>
 *
 * The order follows the review process backwards from the decision: each fallback is the next
 * closest date to it. The date of injury is never used: it is months to decades before the review
 * and would put the decision in windows that say nothing about when it was decided.
 *
 * <p>A letter that states none of these dates (the corpus's seeds, excerpts without a header) has
 * no event time: {@link #UNDATED}. Its decisions are counted in the all-time totals only, recorded
 * on the late-decisions topic with cause {@code UNDATED}, and their records carry {@link
 * #UNDATED_RECORD_TIMESTAMP}, which can never move a stream time forward.
 */
public final class EventTime {

  /**
   * The event time of a decision whose letter states no date: Kafka's own "no timestamp" (-1), in
   * the pipeline's state (letter versions, outcome deltas); never a record's timestamp.
   */
  public static final long UNDATED = -1L;

  /**
   * The timestamp of the records of an undated decision (decision events, outcome deltas): the
   * earliest one Kafka accepts, 1970-01-01T00:00:00Z, so that it never moves a stream time.
   */
  public static final long UNDATED_RECORD_TIMESTAMP = 0L;

  private EventTime() {}

  /** The event time {@code header} gives its decisions (epoch millis), or {@link #UNDATED}. */
  public static long of(LetterHeader header) {
    return source(header).map(Source::epochMillis).orElse(UNDATED);
  }

  /** The date the event time comes from, and which one it is; empty when the letter has none. */
  public static Optional<Source> source(LetterHeader header) {
    if (header == null) {
      return Optional.empty();
    }
    Source[] candidates = {
      new Source("decision date", header.decisionDate()),
      new Source("date assigned", header.dateAssigned()),
      new Source("application received", header.applicationReceived()),
      new Source("UR denial date", header.urDenialDate())
    };
    for (Source candidate : candidates) {
      if (candidate.date() != null && candidate.epochMillis() >= 0) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** True unless {@code eventTimeMs} is {@link #UNDATED} (or any other negative value). */
  public static boolean isDated(long eventTimeMs) {
    return eventTimeMs >= 0;
  }

  /** The timestamp of a record at {@code eventTimeMs}: itself, or 0 for an undated decision. */
  public static long recordTimestamp(long eventTimeMs) {
    return isDated(eventTimeMs) ? eventTimeMs : UNDATED_RECORD_TIMESTAMP;
  }

  /**
   * One date of the header and what it is.
   *
   * @param field which date it is, e.g. "decision date"
   * @param date the date as the letter states it
   */
  public record Source(String field, LocalDate date) {

    /** Midnight UTC of the date, in epoch millis. */
    public long epochMillis() {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
  }
}
