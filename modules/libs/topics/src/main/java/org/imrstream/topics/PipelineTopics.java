package org.imrstream.topics;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateDecision;
import org.imrstream.avro.ParseFailure;
import org.imrstream.serde.SpecificAvroSerde;

/**
 * The pipeline's topics, typed. Avro values go through a Confluent-compatible Schema Registry (the
 * serde reads {@code schema.registry.url} and the other {@code schema.registry.*} / serde settings
 * from the config given); keys are plain strings, so any client (kcat, a dashboard) can read them.
 */
public final class PipelineTopics {

  private final Topic<String, byte[]> rawLetters;
  private final Topic<String, DecisionEvent> decisions;
  private final Topic<String, ParseFailure> deadLetters;
  private final Topic<String, LateDecision> lateDecisions;
  private final Topic<String, GuidelineOutcomeCounts> allTimeCounts;
  private final Topic<String, GuidelineOutcomeCounts> dailyCounts;
  private final Topic<String, String> dashboardStats;
  private final Topic<String, String> dashboardDecisions;

  private final TopicNames names;

  private PipelineTopics(Map<String, ?> serdeConfig) {
    names = TopicNames.from(serdeConfig);
    rawLetters = new Topic<>(names.rawLetters(), Serdes.String(), Serdes.ByteArray());
    decisions = new Topic<>(names.decisions(), Serdes.String(), valueSerde(serdeConfig));
    deadLetters = new Topic<>(names.deadLetters(), Serdes.String(), valueSerde(serdeConfig));
    lateDecisions = new Topic<>(names.lateDecisions(), Serdes.String(), valueSerde(serdeConfig));
    allTimeCounts = new Topic<>(names.allTimeCounts(), Serdes.String(), valueSerde(serdeConfig));
    dailyCounts = new Topic<>(names.dailyCounts(), Serdes.String(), valueSerde(serdeConfig));
    dashboardStats = new Topic<>(names.dashboardStats(), Serdes.String(), Serdes.String());
    dashboardDecisions = new Topic<>(names.dashboardDecisions(), Serdes.String(), Serdes.String());
  }

  /**
   * The topics with Avro value serdes configured from {@code serdeConfig} ({@code
   * schema.registry.url}, ...), named as its {@link TopicNames} settings say ({@code
   * imr.topics.version}, {@code imr.topics.raw}).
   */
  public static PipelineTopics avro(Map<String, ?> serdeConfig) {
    return new PipelineTopics(serdeConfig);
  }

  /** Letters as received. Key: letter id. Value: the letter's bytes (text or PDF). */
  public Topic<String, byte[]> rawLetters() {
    return rawLetters;
  }

  /** One event per disputed item. Key: decision id; a null value retracts the decision. */
  public Topic<String, DecisionEvent> decisions() {
    return decisions;
  }

  /** Letters that could not be parsed. Key: letter id. */
  public Topic<String, ParseFailure> deadLetters() {
    return deadLetters;
  }

  /** Decisions too late for every window they belong to. Key: decision id. */
  public Topic<String, LateDecision> lateDecisions() {
    return lateDecisions;
  }

  /** All-time outcome counts. Key: guideline. */
  public Topic<String, GuidelineOutcomeCounts> allTimeCounts() {
    return allTimeCounts;
  }

  /** Outcome counts per guideline and decision date. Key: {@link DayKeys}. */
  public Topic<String, GuidelineOutcomeCounts> dailyCounts() {
    return dailyCounts;
  }

  /** The names of these topics. */
  public TopicNames names() {
    return names;
  }

  /** The sink's JSON stats per guideline (all-time, newest decision date). Key: guideline. */
  public Topic<String, String> dashboardStats() {
    return dashboardStats;
  }

  /** The sink's JSON decisions. Key: decision id; null retracts. */
  public Topic<String, String> dashboardDecisions() {
    return dashboardDecisions;
  }

  private static <T extends SpecificRecord> Serde<T> valueSerde(Map<String, ?> serdeConfig) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(serdeConfig, false);
    return serde;
  }
}
