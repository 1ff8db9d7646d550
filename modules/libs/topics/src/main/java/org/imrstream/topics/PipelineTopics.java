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
  private final Topic<String, GuidelineOutcomeCounts> windowCounts;
  private final Topic<String, String> dashboardStats;
  private final Topic<String, String> dashboardDecisions;

  private PipelineTopics(Map<String, ?> serdeConfig) {
    rawLetters = new Topic<>(Topics.RAW_LETTERS, Serdes.String(), Serdes.ByteArray());
    decisions = new Topic<>(Topics.DECISIONS, Serdes.String(), valueSerde(serdeConfig));
    deadLetters = new Topic<>(Topics.DEAD_LETTERS, Serdes.String(), valueSerde(serdeConfig));
    lateDecisions = new Topic<>(Topics.LATE_DECISIONS, Serdes.String(), valueSerde(serdeConfig));
    allTimeCounts = new Topic<>(Topics.GUIDELINE_COUNTS, Serdes.String(), valueSerde(serdeConfig));
    windowCounts = new Topic<>(Topics.WINDOW_COUNTS, Serdes.String(), valueSerde(serdeConfig));
    dashboardStats =
        new Topic<>(Topics.DASHBOARD_GUIDELINE_STATS, Serdes.String(), Serdes.String());
    dashboardDecisions = new Topic<>(Topics.DASHBOARD_DECISIONS, Serdes.String(), Serdes.String());
  }

  /**
   * The topics with Avro value serdes configured from {@code serdeConfig} ({@code
   * schema.registry.url}, ...).
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

  /** Outcome counts per rolling window. Key: {@code guideline@windowStart}. */
  public Topic<String, GuidelineOutcomeCounts> windowCounts() {
    return windowCounts;
  }

  /** The sink's JSON stats per guideline (all-time and current window). Key: guideline. */
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
