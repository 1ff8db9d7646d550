package org.imrstream.pipelinebench.observe;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Consumers that observe a run: read_committed (a record counts once its transaction committed, as
 * for any downstream reader), no group (nothing committed, nothing to clean up), every partition of
 * a topic assigned from its beginning, and a short fetch wait so that a record is seen within
 * milliseconds of being readable.
 */
final class Consumers {

  private Consumers() {}

  static <K, V> Consumer<K, V> readCommitted(
      Map<String, Object> clientSettings, Deserializer<K> keys, Deserializer<V> values) {
    Map<String, Object> config = new HashMap<>();
    clientSettings.forEach(
        (key, value) -> {
          if (!key.startsWith("imr.")) {
            config.put(key, value);
          }
        });
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return new KafkaConsumer<>(config, keys, values);
  }

  /** Assigns every partition of {@code topic} and seeks to its beginning. */
  static void fromBeginning(Consumer<?, ?> consumer, String topic, Duration timeout) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, timeout).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }
}
