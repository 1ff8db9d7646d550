package org.imrstream.sink;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.common.JsonSerde;
import org.imrstream.topics.Topics;

/**
 * The sink: Avro outputs of the pipeline in, plain JSON for dashboards out, exactly once (it is a Streams app).
 *
 * <pre>
 * guideline counts ─ key by guideline ─ repartition ─ aggregate (store guideline-stats) ─ JSON ─▶ stats (compacted)
 * decisions ─ JSON (tombstones stay tombstones) ─────────────────────────────────────────────────▶ decisions
 * </pre>
 * Counts arrive keyed by guideline (all-time) or {@code guideline@windowStart} (windows), so the two kinds of one
 * guideline may sit on different partitions: the repartition brings them together before they are folded into one
 * stats value. Every processor, store and internal topic is named, so upgrades keep their state. Building the
 * topology does no I/O and keeps no static state, so the demo can run it in-process next to the pipeline.
 */
public final class SinkTopology {

  public static final String DEFAULT_APPLICATION_ID = "imr-sink";
  public static final String STATS_STORE = "guideline-stats";
  public static final String COUNTS_BY_GUIDELINE = "counts-by-guideline";

  private final Serde<DecisionEvent> decisions;
  private final Serde<GuidelineOutcomeCounts> counts;

  public SinkTopology(Serde<DecisionEvent> decisions, Serde<GuidelineOutcomeCounts> counts) {
    this.decisions = decisions;
    this.counts = counts;
  }

  public Topology buildTopology() {
    StreamsBuilder builder = new StreamsBuilder();

    builder.stream(Topics.GUIDELINE_COUNTS, Consumed.with(Serdes.String(), counts).withName("guideline-counts"))
        .filter((key, value) -> value != null, Named.as("drop-empty-counts"))
        .selectKey((key, value) -> value.getGuideline(), Named.as("key-by-guideline"))
        .repartition(Repartitioned.with(Serdes.String(), counts).withName(COUNTS_BY_GUIDELINE))
        .groupByKey(Grouped.with("counts-grouped", Serdes.String(), counts))
        // The initializer cannot know the key, so the first record of a guideline starts from null.
        .aggregate(() -> null, (guideline, value, stats) ->
                (stats == null ? GuidelineStats.empty(guideline) : stats).apply(value), Named.as("guideline-stats"),
            Materialized.<String, GuidelineStats, KeyValueStore<Bytes, byte[]>>as(STATS_STORE)
                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(GuidelineStats.class)))
        .toStream(Named.as("guideline-stats-changes"))
        .processValues(StatsJsonProcessor::new, Named.as("guideline-stats-json"))
        .to(Topics.DASHBOARD_GUIDELINE_STATS, Produced.with(Serdes.String(), Serdes.String())
            .withName("dashboard-stats-sink"));

    builder.stream(Topics.DECISIONS, Consumed.with(Serdes.String(), decisions).withName("decision-events"))
        .mapValues(DashboardJson::decision, Named.as("decision-json"))
        .to(Topics.DASHBOARD_DECISIONS, Produced.with(Serdes.String(), Serdes.String())
            .withName("dashboard-decisions-sink"));
    return builder.build();
  }
}
