package org.imrstream.dev.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateDecision;
import org.imrstream.avro.Provenance;
import org.imrstream.topics.DayKeys;
import org.imrstream.topics.PipelineTopics;
import org.imrstream.topics.TopicNames;
import org.imrstream.topics.Topics;

/**
 * Reads the topology's outputs as a read_committed consumer, from given offsets on: the latest
 * decision event, late decision and counts per key, with the processing metadata (a decision's
 * ingestion time, a late decision's detection time) set to the epoch so that two runs over the same
 * raw topic compare equal. Dead letters and the dashboard's guideline stats are kept by key too.
 */
public final class OutputReader implements AutoCloseable {

  /** The topics read, named as {@code names} says. */
  public static List<String> topics(TopicNames names) {
    return List.of(
        names.decisions(),
        names.lateDecisions(),
        names.allTimeCounts(),
        names.dailyCounts(),
        names.deadLetters(),
        names.dashboardStats());
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final PipelineTopics topics;
  private final Map<String, DecisionEvent> decisions = new TreeMap<>();
  private final Map<String, LateDecision> lates = new TreeMap<>();
  private final Map<String, GuidelineOutcomeCounts> allTime = new TreeMap<>();
  private final Map<String, GuidelineOutcomeCounts> days = new TreeMap<>();
  private final Map<String, String> deadLetters = new TreeMap<>();
  private final Map<String, JsonNode> dashboard = new TreeMap<>();
  private final ObjectMapper json = new ObjectMapper();
  private final TopicNames names;
  private long lateRecords;
  private long decisionRecords;

  /** Reads every partition of the live topics from {@code from} (missing partitions: from 0). */
  public OutputReader(
      String bootstrapServers, String schemaRegistryUrl, Map<TopicPartition, Long> from) {
    this(bootstrapServers, schemaRegistryUrl, from, TopicNames.DEFAULT);
  }

  /** The same, of the topics {@code names} names (e.g. a side-by-side version). */
  public OutputReader(
      String bootstrapServers,
      String schemaRegistryUrl,
      Map<TopicPartition, Long> from,
      TopicNames names) {
    this.names = names;
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                10_000),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions = partitions(consumer, names);
    consumer.assign(partitions);
    partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
    topics =
        PipelineTopics.avro(
            Map.of(
                "schema.registry.url",
                schemaRegistryUrl,
                TopicNames.VERSION,
                String.valueOf(names.version())));
  }

  /** The end offsets (last stable offsets) of every partition of the live topics now. */
  public static Map<TopicPartition, Long> endOffsets(String bootstrapServers) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      return new HashMap<>(consumer.endOffsets(partitions(consumer, TopicNames.DEFAULT)));
    }
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<String, byte[]> consumer, TopicNames names) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics(names)) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  /** Reads what arrived within {@code timeout}; returns how many records. */
  public int poll(Duration timeout) throws IOException {
    int n = 0;
    for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
      n++;
      String key = record.key();
      switch (TopicNames.unversioned(record.topic())) {
        case Topics.DECISIONS -> {
          decisionRecords++;
          DecisionEvent event = value(topics.decisions().valueSerde().deserializer(), record);
          if (event == null) {
            decisions.remove(key);
          } else {
            Provenance provenance =
                Provenance.newBuilder(event.getProvenance())
                    .setIngestionTime(Instant.EPOCH)
                    .build();
            decisions.put(key, DecisionEvent.newBuilder(event).setProvenance(provenance).build());
          }
        }
        case Topics.LATE_DECISIONS -> {
          LateDecision late = value(topics.lateDecisions().valueSerde().deserializer(), record);
          lateRecords++;
          lates.put(key, LateDecision.newBuilder(late).setDetectedAt(Instant.EPOCH).build());
        }
        case Topics.GUIDELINE_COUNTS ->
            allTime.put(key, value(topics.allTimeCounts().valueSerde().deserializer(), record));
        case Topics.DAILY_COUNTS ->
            days.put(key, value(topics.dailyCounts().valueSerde().deserializer(), record));
        case Topics.DEAD_LETTERS -> deadLetters.put(key, record.topic() + "@" + record.offset());
        default -> {
          if (record.value() != null) {
            dashboard.put(key, json.readTree(record.value()));
          }
        }
      }
    }
    return n;
  }

  private static <T> T value(Deserializer<T> deserializer, ConsumerRecord<String, byte[]> record) {
    return deserializer.deserialize(record.topic(), record.value());
  }

  /** The latest event per decision id (retracted ones removed), ingestion time at the epoch. */
  public Map<String, DecisionEvent> decisions() {
    return Map.copyOf(decisions);
  }

  /** The latest late decision per decision id, detection time at the epoch. */
  public Map<String, LateDecision> lateDecisions() {
    return Map.copyOf(lates);
  }

  /** How many late-decision records were read (more than {@link #lateDecisions()}: repeats). */
  public long lateRecords() {
    return lateRecords;
  }

  /** The latest all-time counts per guideline. */
  public Map<String, GuidelineOutcomeCounts> allTimeCounts() {
    return Map.copyOf(allTime);
  }

  /** The latest counts per {@code guideline@day} (and {@code guideline@undated}). */
  public Map<String, GuidelineOutcomeCounts> dailyCounts() {
    return Map.copyOf(days);
  }

  /** Dead letters by letter id. */
  public Map<String, String> deadLetters() {
    return Map.copyOf(deadLetters);
  }

  /** What was read so far, in one line (for a failure message). */
  public String summary() {
    return names
        + ": decisions "
        + decisions.size()
        + ", all-time total "
        + allTimeTotal()
        + ", dated day total "
        + datedDayTotal()
        + ", dashboard total "
        + dashboardAllTimeTotal()
        + ", late "
        + lates.size()
        + ", dead "
        + deadLetters.size();
  }

  /** How many decision records (events and retractions) were read. */
  public long decisionRecords() {
    return decisionRecords;
  }

  /** The sum of the latest all-time totals. */
  public long allTimeTotal() {
    return allTime.values().stream().mapToLong(GuidelineOutcomeCounts::getTotal).sum();
  }

  /** The sum of the all-time totals of the latest dashboard stats per guideline. */
  public long dashboardAllTimeTotal() {
    return dashboard.values().stream().mapToLong(n -> n.at("/allTime/total").asLong()).sum();
  }

  /** Decisions counted in a day (the undated buckets left out). */
  public long datedDayTotal() {
    return days.entrySet().stream()
        .filter(e -> DayKeys.day(e.getKey()).isPresent())
        .mapToLong(e -> e.getValue().getTotal())
        .sum();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
