package org.imrstream.sink;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.JsonSerde;
import org.imrstream.runtime.TopicEnds;
import org.imrstream.topics.PipelineTopics;

/**
 * The sink: Avro outputs of the pipeline in, plain JSON for dashboards out, exactly once (it is a
 * Streams app).
 *
 * <pre>
 * all-time counts ─┐
 * window counts ───┴─ fold per guideline (store guideline-stats) ─ JSON ─────────────────▶ stats (compacted)
 * decisions ─ JSON (tombstones stay tombstones) ──────────────────────────────────────────▶ decisions
 * </pre>
 *
 * The two counts topics put a guideline's records in one partition (the pipeline partitions window
 * counts by their guideline), so the fold needs no repartition. Every processor, store and internal
 * topic is named, so upgrades keep their state. {@link #build(Properties)} does no I/O and keeps no
 * static state, so the demo can run it in-process next to the pipeline.
 */
public final class SinkTopology {

  public static final String DEFAULT_APPLICATION_ID = "imr-sink";
  public static final String STATS_STORE = "guideline-stats";

  private SinkTopology() {}

  /**
   * The sink as {@code props} configure it: the serdes' settings ({@code schema.registry.url}, ...)
   * and Kafka's.
   */
  public static Topology build(Properties props) {
    PipelineTopics topics = PipelineTopics.avro(ClusterOptions.asMap(props));
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.timestampedKeyValueStoreBuilder(
            Stores.persistentTimestampedKeyValueStore(STATS_STORE),
            Serdes.String(),
            new JsonSerde<>(GuidelineStats.class)));

    builder.stream(
            List.of(topics.allTimeCounts().name(), topics.windowCounts().name()),
            TopicEnds.consumed(topics.allTimeCounts(), "guideline-counts"))
        .process(
            () -> new GuidelineStatsFolder(STATS_STORE),
            Named.as("fold-guideline-stats"),
            STATS_STORE)
        .processValues(StatsJsonProcessor::new, Named.as("guideline-stats-json"))
        .to(
            topics.dashboardStats().name(),
            TopicEnds.produced(topics.dashboardStats(), "dashboard-stats-sink"));

    builder.stream(
            topics.decisions().name(), TopicEnds.consumed(topics.decisions(), "decision-events"))
        .mapValues(DashboardJson::decision, Named.as("decision-json"))
        .to(
            topics.dashboardDecisions().name(),
            TopicEnds.produced(topics.dashboardDecisions(), "dashboard-decisions-sink"));
    return builder.build(props);
  }
}
