package org.imrstream.pipelinebench.observe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the committed records of a topic by reading it through once (read_committed, values not
 * decoded): unlike end offsets, this leaves out transaction markers and aborted records.
 */
public final class TopicRecordCounter {

  private final Map<String, Object> clientSettings;
  private final Duration timeout;

  public TopicRecordCounter(Map<String, Object> clientSettings, Duration timeout) {
    this.clientSettings = clientSettings;
    this.timeout = timeout;
  }

  /**
   * @throws IllegalStateException when the topic cannot be read to its end within the timeout
   */
  public long count(String topic) {
    try (Consumer<byte[], byte[]> consumer =
        Consumers.readCommitted(
            clientSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      Consumers.fromBeginning(consumer, topic, timeout);
      List<TopicPartition> partitions = List.copyOf(consumer.assignment());
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
      long records = 0;
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!atEnd(consumer, ends)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "could not read " + topic + " to its end within " + timeout);
        }
        records += consumer.poll(Duration.ofMillis(200)).count();
      }
      return records;
    }
  }

  private static boolean atEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
    for (var end : ends.entrySet()) {
      if (consumer.position(end.getKey()) < end.getValue()) {
        return false;
      }
    }
    return true;
  }
}
