package org.imrstream.pipeline.counting;

import java.time.Instant;
import org.imrstream.avro.LateCause;
import org.imrstream.avro.LateDecision;
import org.imrstream.identity.LetterIdentity;

/**
 * The record of a decision that is in no window: its letter states no date. (Daily counts take a
 * decision of any age, so {@code WINDOWS_CLOSED}, written by the hopping windows before them, is no
 * longer produced.)
 */
public final class LateDecisions {

  private LateDecisions() {}

  /**
   * The record of an undated decision: everything in it comes from the letter (event and stream
   * time are both 0, grace is 0: nothing closes), so it is the same whatever order the letters were
   * processed in; only {@code detectedAt} is the processing clock.
   */
  public static LateDecision undated(String guideline, OutcomeDelta delta, long foundAtMs) {
    return LateDecision.newBuilder()
        .setDecisionId(delta.decisionId())
        .setLetterId(LetterIdentity.letterOf(delta.decisionId()))
        .setGuideline(guideline)
        .setOutcome(delta.outcome())
        .setChange(delta.change())
        .setGrace(0L)
        .setRawTopic(delta.rawTopic())
        .setPartition(delta.rawPartition())
        .setOffset(delta.rawOffset())
        .setDetectedAt(Instant.ofEpochMilli(foundAtMs))
        .setCause(LateCause.UNDATED)
        .setEventTime(Instant.EPOCH)
        .setStreamTime(Instant.EPOCH)
        .setReason(
            "decision "
                + delta.decisionId()
                + " ("
                + guideline
                + ", "
                + delta.outcome()
                + ") has no event time: its letter states no decision date, date assigned,"
                + " application received or UR denial date, so it is in no day and no window;"
                + " it is in the all-time counts only")
        .build();
  }
}
