package org.imrstream.pipeline.counting;

import java.time.Duration;
import java.time.Instant;
import org.imrstream.avro.LateCause;
import org.imrstream.avro.LateDecision;
import org.imrstream.identity.LetterIdentity;

/**
 * The record of a decision the windows did not take: what it was, when it came, and why it is in no
 * window (too late, or no date at all).
 */
public final class LateDecisions {

  private LateDecisions() {}

  /** The record of {@code routed}, a {@link LateDeltaRouter.Routed.Late} or {@code Undated}. */
  public static LateDecision of(String guideline, LateDeltaRouter.Routed routed, Duration grace) {
    if (routed instanceof LateDeltaRouter.Routed.Late late) {
      return of(guideline, late, grace);
    }
    if (routed instanceof LateDeltaRouter.Routed.Undated undated) {
      return of(guideline, undated, grace);
    }
    throw new IllegalArgumentException("not a late decision: " + routed);
  }

  public static LateDecision of(
      String guideline, LateDeltaRouter.Routed.Late late, Duration grace) {
    OutcomeDelta delta = late.delta();
    Instant eventTime = Instant.ofEpochMilli(delta.eventTimeMs());
    Instant streamTime = Instant.ofEpochMilli(late.streamTimeMs());
    return builder(guideline, delta, grace, late.foundAtMs())
        .setCause(LateCause.WINDOWS_CLOSED)
        .setEventTime(eventTime)
        .setStreamTime(streamTime)
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
        .build();
  }

  /**
   * The record of an undated decision: everything in it comes from the letter and the settings
   * (event and stream time are both 0, the stream time is not consulted), so it is the same
   * whatever order the letters were processed in; only {@code detectedAt} is the processing clock.
   */
  public static LateDecision of(
      String guideline, LateDeltaRouter.Routed.Undated undated, Duration grace) {
    OutcomeDelta delta = undated.delta();
    return builder(guideline, delta, grace, undated.foundAtMs())
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
                + " application received or UR denial date, so it belongs to no window;"
                + " it is in the all-time counts only")
        .build();
  }

  private static LateDecision.Builder builder(
      String guideline, OutcomeDelta delta, Duration grace, long foundAtMs) {
    return LateDecision.newBuilder()
        .setDecisionId(delta.decisionId())
        .setLetterId(LetterIdentity.letterOf(delta.decisionId()))
        .setGuideline(guideline)
        .setOutcome(delta.outcome())
        .setChange(delta.change())
        .setGrace(grace.toMillis())
        .setRawTopic(delta.rawTopic())
        .setPartition(delta.rawPartition())
        .setOffset(delta.rawOffset())
        .setDetectedAt(Instant.ofEpochMilli(foundAtMs));
  }
}
