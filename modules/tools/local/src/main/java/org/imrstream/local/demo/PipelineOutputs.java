package org.imrstream.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.topics.PipelineTopics;
import org.imrstream.topics.Topics;

/**
 * Reads the pipeline's outputs as a consumer of committed data would: decision events, dead
 * letters, late decisions and the dashboard stats. Answers whether every letter published is
 * accounted for, and what the dashboard shows.
 */
public final class PipelineOutputs implements AutoCloseable {

  /** A decision as last seen (null-valued records retract it). */
  public record SeenDecision(String letterId, String guideline, String outcome) {}

  /** A dead letter as seen. */
  public record SeenFailure(String letterId, String reasonCode, String reason) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final PipelineTopics topics;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, SeenDecision> decisions = new HashMap<>();
  private final List<SeenFailure> failures = new ArrayList<>();
  private final Set<String> lateDecisions = new HashSet<>();
  private final Map<String, JsonNode> stats = new HashMap<>();
  private long decisionRecords;

  public PipelineOutputs(String bootstrapServers, String schemaRegistryUrl) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "imr-demo-view-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    this.consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(
        List.of(
            Topics.DECISIONS,
            Topics.DEAD_LETTERS,
            Topics.LATE_DECISIONS,
            Topics.DASHBOARD_GUIDELINE_STATS));
    this.topics = PipelineTopics.avro(Map.of("schema.registry.url", schemaRegistryUrl));
  }

  /** Reads what arrived within {@code timeout}; returns how many records. */
  public int poll(Duration timeout) throws IOException {
    int n = 0;
    for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
      n++;
      switch (record.topic()) {
        case Topics.DECISIONS -> {
          DecisionEvent event =
              topics
                  .decisions()
                  .valueSerde()
                  .deserializer()
                  .deserialize(record.topic(), record.value());
          if (event == null) {
            decisions.remove(record.key());
          } else {
            decisionRecords++;
            decisions.put(
                record.key(),
                new SeenDecision(
                    event.getLetterId(), event.getGuideline(), event.getOutcome().name()));
          }
        }
        case Topics.DEAD_LETTERS -> {
          ParseFailure failure =
              topics
                  .deadLetters()
                  .valueSerde()
                  .deserializer()
                  .deserialize(record.topic(), record.value());
          failures.add(
              new SeenFailure(failure.getLetterId(), failure.getReasonCode(), failure.getReason()));
        }
        case Topics.LATE_DECISIONS -> lateDecisions.add(record.key());
        default -> {
          if (record.value() != null) {
            stats.put(record.key(), json.readTree(record.value()));
          }
        }
      }
    }
    return n;
  }

  /**
   * True once every letter id has decisions or a parse failure, and the dashboard totals agree with
   * them.
   */
  public boolean accountsFor(Set<String> letterIds) {
    Set<String> seen = new HashSet<>();
    decisions.values().forEach(d -> seen.add(d.letterId()));
    failures.forEach(f -> seen.add(f.letterId()));
    if (!seen.containsAll(letterIds)) {
      return false;
    }
    long dashboardTotal =
        stats.values().stream().mapToLong(n -> n.at("/allTime/total").asLong()).sum();
    return dashboardTotal == decisions.size();
  }

  /**
   * Decision records read (not retractions): more than the decisions means something was written
   * twice.
   */
  public long decisionRecords() {
    return decisionRecords;
  }

  public Map<String, SeenDecision> decisions() {
    return Map.copyOf(decisions);
  }

  public List<SeenFailure> failures() {
    return List.copyOf(failures);
  }

  /** Decisions too late for their windows (counted in the all-time totals only). */
  public long lateDecisions() {
    return lateDecisions.size();
  }

  public Map<String, JsonNode> stats() {
    return Map.copyOf(stats);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
