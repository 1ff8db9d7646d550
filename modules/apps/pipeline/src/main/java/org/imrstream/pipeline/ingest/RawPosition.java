package org.imrstream.pipeline.ingest;

/** Where a letter sits on the raw topic: what a dead letter or a decision points back to. */
public record RawPosition(String topic, int partition, long offset) {

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset;
  }
}
