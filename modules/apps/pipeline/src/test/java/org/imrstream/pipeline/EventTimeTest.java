package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.imrstream.parser.LetterHeader;
import org.junit.jupiter.api.Test;

/** The event-time rule on its own: which date of a letter's header a decision's time comes from. */
class EventTimeTest {

  private static final LocalDate INJURY = LocalDate.of(2012, 5, 1);
  private static final LocalDate DENIED = LocalDate.of(2016, 11, 2);
  private static final LocalDate RECEIVED = LocalDate.of(2016, 11, 20);
  private static final LocalDate ASSIGNED = LocalDate.of(2016, 11, 28);
  private static final LocalDate DECIDED = LocalDate.of(2016, 12, 30);

  private static LetterHeader header(
      LocalDate assigned, LocalDate decided, LocalDate received, LocalDate denied) {
    return new LetterHeader("CM16-0000001", assigned, decided, INJURY, denied, received, null);
  }

  private static long midnight(LocalDate date) {
    return Instant.parse(date + "T00:00:00Z").toEpochMilli();
  }

  @Test
  void theDecisionDateComesFirstThenTheDatesClosestToTheDecision() {
    assertThat(EventTime.of(header(ASSIGNED, DECIDED, RECEIVED, DENIED)))
        .isEqualTo(midnight(DECIDED));
    assertThat(EventTime.of(header(ASSIGNED, null, RECEIVED, DENIED)))
        .isEqualTo(midnight(ASSIGNED));
    assertThat(EventTime.of(header(null, null, RECEIVED, DENIED))).isEqualTo(midnight(RECEIVED));
    assertThat(EventTime.of(header(null, null, null, DENIED))).isEqualTo(midnight(DENIED));
    assertThat(EventTime.source(header(null, null, RECEIVED, DENIED)))
        .hasValueSatisfying(s -> assertThat(s.field()).isEqualTo("application received"));
  }

  @Test
  void aLetterWithNoDateButItsInjuryIsUndated() {
    assertThat(EventTime.of(header(null, null, null, null))).isEqualTo(EventTime.UNDATED);
    assertThat(EventTime.of(LetterHeader.EMPTY)).isEqualTo(EventTime.UNDATED);
    assertThat(EventTime.source(LetterHeader.EMPTY)).isEmpty();
    assertThat(EventTime.isDated(EventTime.UNDATED)).isFalse();
  }

  @Test
  void aDateBeforeTheEpochIsNoKafkaTimestampSoTheNextDateIsTaken() {
    LocalDate typo = LocalDate.of(1916, 12, 30);
    assertThat(EventTime.of(header(ASSIGNED, typo, RECEIVED, DENIED)))
        .isEqualTo(midnight(ASSIGNED));
  }

  @Test
  void undatedRecordsCarryTheEarliestTimestampAndDatedOnesTheirEventTime() {
    assertThat(EventTime.recordTimestamp(EventTime.UNDATED))
        .isEqualTo(EventTime.UNDATED_RECORD_TIMESTAMP)
        .isZero();
    assertThat(EventTime.recordTimestamp(midnight(DECIDED))).isEqualTo(midnight(DECIDED));
  }
}
