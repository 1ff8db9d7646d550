package org.imrstream.pipelinebench.phase;

import org.imrstream.pipelinebench.letters.Workload;
import org.imrstream.pipelinebench.measure.RecordsPerDecision;

/**
 * A throughput phase: the pass-through and the pipeline on the same preloaded letters.
 *
 * @param version the output version the pipeline wrote at
 * @param writes what the pipeline wrote, per topic, against its decisions
 */
public record ThroughputResult(
    Workload workload,
    String rawTopic,
    int partitions,
    int version,
    StreamsRun passThrough,
    StreamsRun pipeline,
    RecordsPerDecision writes) {

  /** The pipeline's letters/s over the pass-through's. */
  public double throughputRatio() {
    return pipeline.lettersPerSecond() / passThrough.lettersPerSecond();
  }

  /** How many times the pass-through's time the pipeline's counts took to become final. */
  public double countsFinalRatio() {
    return pipeline.countsFinalSeconds() / passThrough.caughtUpSeconds();
  }
}
