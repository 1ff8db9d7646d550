package org.imrstream.pipelinebench.measure;

import java.util.List;

/**
 * Write amplification of a run: the records written to each topic, by kind and in all, divided by
 * the decisions the run made. With no decisions every ratio is NaN.
 */
public final class RecordsPerDecision {

  private final List<TopicWrites> topics;
  private final long decisions;

  public RecordsPerDecision(List<TopicWrites> topics, long decisions) {
    this.topics = List.copyOf(topics);
    this.decisions = decisions;
  }

  public List<TopicWrites> topics() {
    return topics;
  }

  public long decisions() {
    return decisions;
  }

  public double perDecision(long records) {
    return decisions == 0 ? Double.NaN : (double) records / decisions;
  }

  public long records(TopicWrites.Kind kind) {
    return topics.stream().filter(t -> t.kind() == kind).mapToLong(TopicWrites::records).sum();
  }

  public double perDecision(TopicWrites.Kind kind) {
    return perDecision(records(kind));
  }

  public long records() {
    return topics.stream().mapToLong(TopicWrites::records).sum();
  }

  public double perDecision() {
    return perDecision(records());
  }

  /** True when some topic's figure counts transaction markers too (a repartition topic's). */
  public boolean anyUpperBound() {
    return topics.stream().anyMatch(TopicWrites::upperBound);
  }

  /** The same for the topics of one kind. */
  public boolean anyUpperBound(TopicWrites.Kind kind) {
    return topics.stream().anyMatch(t -> t.kind() == kind && t.upperBound());
  }
}
