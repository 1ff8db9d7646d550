package org.imrstream.pipeline.counting;

import java.time.Duration;
import java.time.Instant;
import org.imrstream.avro.LateDecision;
import org.imrstream.identity.LetterIdentity;

/**
 * The record of a decision the windows did not take: what it was, when it came, and why it was too
 * late.
 */
public final class LateDecisions {

  private LateDecisions() {}

  public static LateDecision of(
      String guideline, LateDeltaRouter.Routed.Late late, Duration grace) {
    OutcomeDelta delta = late.delta();
    Instant eventTime = Instant.ofEpochMilli(delta.eventTimeMs());
    Instant streamTime = Instant.ofEpochMilli(late.streamTimeMs());
    return LateDecision.newBuilder()
        .setDecisionId(delta.decisionId())
        .setLetterId(LetterIdentity.letterOf(delta.decisionId()))
        .setGuideline(guideline)
        .setOutcome(delta.outcome())
        .setChange(delta.change())
        .setEventTime(eventTime)
        .setStreamTime(streamTime)
        .setGrace(grace.toMillis())
        .setReason(
            "decision "
                + delta.decisionId()
                + " ("
                + guideline
                + ", "
                + delta.outcome()
                + ", event time "
                + eventTime
                + ") came after every window it belongs to had closed (stream time "
                + streamTime
                + ", grace "
                + grace.toDays()
                + " days): it is in the all-time counts only")
        .setRawTopic(delta.rawTopic())
        .setPartition(delta.rawPartition())
        .setOffset(delta.rawOffset())
        .setDetectedAt(Instant.ofEpochMilli(late.foundAtMs()))
        .build();
  }
}
