package org.imrstream.sink;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.JsonSerde;
import org.imrstream.runtime.TopicEnds;
import org.imrstream.sink.decisions.RecentDecisions;
import org.imrstream.sink.stats.DailyStatsFolder;
import org.imrstream.sink.stats.GuidelineTotals;
import org.imrstream.sink.stats.Tally;
import org.imrstream.topics.PipelineTopics;

/**
 * The sink: Avro outputs of the pipeline in, plain JSON for dashboards out, exactly once (it is a
 * Streams app).
 *
 * <pre>
 * daily counts ─ fold (stores guideline-days, guideline-totals) ─ JSON ────────────────────▶ stats (compacted)
 * decisions ─┬─ JSON (tombstones stay tombstones) ────────────────────────────────────────▶ decisions
 *            └─ keep the latest (stores recent-decisions, recent-decisions-index), for the API
 * </pre>
 *
 * The pipeline partitions daily counts by their guideline, so the fold needs no repartition, and a
 * guideline's days and totals sit in one store partition: the query API finds them with the key's
 * guideline. All-time counts are the sum of the days (and the undated bucket), so they are never
 * below a window. Every processor, store and internal topic is named, so upgrades keep their state.
 * {@link #build(Properties)} does no I/O and keeps no static state, so the demo can run it
 * in-process next to the pipeline.
 */
public final class SinkTopology {

  public static final String DEFAULT_APPLICATION_ID = "imr-sink";
  public static final String DAYS_STORE = "guideline-days";
  public static final String TOTALS_STORE = "guideline-totals";
  public static final String RECENT_DECISIONS_STORE = "recent-decisions";
  public static final String RECENT_DECISIONS_INDEX = "recent-decisions-index";

  private SinkTopology() {}

  /**
   * The sink as {@code props} configure it: the serdes' settings ({@code schema.registry.url}, ...)
   * and Kafka's.
   */
  public static Topology build(Properties props) {
    PipelineTopics topics = PipelineTopics.avro(ClusterOptions.asMap(props));
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DAYS_STORE),
            Serdes.String(),
            new JsonSerde<>(Tally.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(TOTALS_STORE),
            Serdes.String(),
            new JsonSerde<>(GuidelineTotals.class)));

    builder.stream(
            topics.dailyCounts().name(), TopicEnds.consumed(topics.dailyCounts(), "daily-counts"))
        .process(
            () -> new DailyStatsFolder(DAYS_STORE, TOTALS_STORE),
            Named.as("fold-daily-counts"),
            DAYS_STORE,
            TOTALS_STORE)
        .processValues(StatsJsonProcessor::new, Named.as("guideline-stats-json"))
        .to(
            topics.dashboardStats().name(),
            TopicEnds.produced(topics.dashboardStats(), "dashboard-stats-sink"));

    for (String store : List.of(RECENT_DECISIONS_STORE, RECENT_DECISIONS_INDEX)) {
      builder.addStateStore(
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.String()));
    }
    KStream<String, DecisionEvent> decisions =
        builder.stream(
            topics.decisions().name(), TopicEnds.consumed(topics.decisions(), "decision-events"));
    decisions.process(
        () -> new RecentDecisions(RECENT_DECISIONS_STORE, RECENT_DECISIONS_INDEX),
        Named.as("keep-recent-decisions"),
        RECENT_DECISIONS_STORE,
        RECENT_DECISIONS_INDEX);
    decisions
        .mapValues(DashboardJson::decision, Named.as("decision-json"))
        .to(
            topics.dashboardDecisions().name(),
            TopicEnds.produced(topics.dashboardDecisions(), "dashboard-decisions-sink"));
    return builder.build(props);
  }
}
