package org.imrstream.pipeline.counting;

/**
 * A change to one guideline's outcome counts: +1 for a new decision, -1 when an amended letter
 * retracts one. Travels through the repartition topic keyed by guideline (JSON).
 *
 * @param outcome UPHELD or OVERTURNED
 * @param change +1 or -1
 * @param decisionId the decision counted, for dead letters and tracing
 * @param eventTimeMs the decision's event time (also the record timestamp)
 * @param rawTopic where the letter came from
 * @param rawPartition its partition
 * @param rawOffset its offset
 */
public record OutcomeDelta(
    String outcome,
    int change,
    String decisionId,
    long eventTimeMs,
    String rawTopic,
    int rawPartition,
    long rawOffset) {

  public boolean upheld() {
    return "UPHELD".equals(outcome);
  }
}
