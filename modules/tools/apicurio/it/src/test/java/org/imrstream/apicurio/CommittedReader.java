package org.imrstream.apicurio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from the beginning as a downstream consumer of an exactly-once pipeline does:
 * committed records only ({@code read_committed}), values as the bytes on the wire, so that each
 * test decides which deserializer reads them. No consumer group: it assigns itself every partition.
 */
final class CommittedReader implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

  CommittedReader(String bootstrapServers, String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Polls once, for up to {@code timeout}, and keeps what arrived. */
  void poll(Duration timeout) {
    consumer.poll(timeout).forEach(records::add);
  }

  /** Everything read so far, in arrival order. */
  List<ConsumerRecord<String, byte[]>> records() {
    return List.copyOf(records);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
