package org.imrstream.pipeline.ingest;

import java.util.List;

/**
 * What the topology remembers of the last counted version of a letter, to tell a re-sent letter
 * (same bytes: ignored) from an amended one (different bytes: its earlier decisions are retracted
 * and the new ones counted).
 *
 * @param sha256 SHA-256 of the letter's bytes
 * @param decisions the decisions counted for that version, in letter order
 */
public record LetterVersion(String sha256, List<CountedDecision> decisions) {

  public LetterVersion {
    decisions = List.copyOf(decisions);
  }

  /**
   * One counted decision: enough to retract it exactly (same guideline, outcome and event time;
   * {@code EventTime.UNDATED} for a decision whose letter stated no date).
   */
  public record CountedDecision(
      String decisionId, String guideline, String outcome, long eventTimeMs) {}
}
