package org.imrstream.pipelinebench.measure;

/**
 * What one run wrote to one topic.
 *
 * @param records records written: counted one by one with a read_committed consumer, or, where
 *     Kafka Streams deletes what it consumed (repartition topics), the sum of end offsets, which
 *     also counts transaction markers ({@code upperBound})
 * @param upperBound true when {@code records} is end offsets, markers included
 */
public record TopicWrites(String topic, Kind kind, long records, boolean upperBound) {

  /** What a topic is to the application. */
  public enum Kind {
    /** A state store's changelog: every store write is one record. */
    CHANGELOG("state store"),
    /** A repartition topic of the application: records it writes to read them again. */
    REPARTITION("repartition"),
    /** A topic the application writes for others. */
    OUTPUT("output");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
