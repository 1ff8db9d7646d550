package org.imrstream.dev.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.imrstream.topics.Topics;

/** Where each pipeline topic's log starts: anything above 0 means retention deleted records. */
public final class TopicLogs {

  private TopicLogs() {}

  /** Partitions of the pipeline's topics whose log start offset is above 0, with that offset. */
  public static Map<TopicPartition, Long> deletedFrom(String bootstrapServers) {
    Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : Topics.all()) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      Map<TopicPartition, Long> deleted = new HashMap<>();
      consumer
          .beginningOffsets(partitions)
          .forEach(
              (partition, offset) -> {
                if (offset > 0) {
                  deleted.put(partition, offset);
                }
              });
      return deleted;
    }
  }
}
