package org.imrstream.pipeline;

import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.LetterParsing;
import org.imrstream.pipeline.counting.ByGuidelinePartitioner;
import org.imrstream.pipeline.counting.DailyCounter;
import org.imrstream.pipeline.counting.OutcomeDelta;
import org.imrstream.pipeline.counting.OutcomeTally;
import org.imrstream.pipeline.counting.TallySerde;
import org.imrstream.pipeline.counting.UndatedDecisions;
import org.imrstream.pipeline.ingest.DecisionEmitter;
import org.imrstream.pipeline.ingest.DeltaEmitter;
import org.imrstream.pipeline.ingest.LetterChange;
import org.imrstream.pipeline.ingest.LetterIdentifier;
import org.imrstream.pipeline.ingest.LetterVersion;
import org.imrstream.pipeline.ingest.ParseLetterProcessor;
import org.imrstream.pipeline.ingest.ParseOutcome;
import org.imrstream.pipeline.ingest.VersionTracker;
import org.imrstream.runtime.JsonSerde;
import org.imrstream.runtime.TopicEnds;
import org.imrstream.topics.PipelineTopics;

/**
 * The pipeline's topology: raw letters in; decision events, dead letters and outcome counts per
 * guideline out.
 *
 * <pre>
 * raw letters ─ identify (key by the letter's own id) ─ repartition letters-by-id ─┐
 *      ┌──────────────────────────────────────────────────────────────────────────┘
 *      └─ parse ─┬─ failures ──────────────────────────────────────────────────────────────────────▶ dead letters
 *                └─ track versions (store letter-versions) ─┬─ emit decisions / retractions ─────────▶ decisions
 *                                                           └─ emit deltas ─▶ repartition by guideline
 *      repartition ─┬─ all-time aggregate (store guideline-counts-all-time) ──────────────▶ all-time counts
 *                   ├─ daily count (store guideline-counts-daily, key guideline@day) ───▶ daily counts
 *                   └─ undated only ─ record why ──────────────────────────────────────▶ late decisions
 * </pre>
 *
 * <p>Each decision is two store writes: its guideline's all-time tally and its day's. Rolling
 * windows are sums of days, taken where they are read (the sink), so no window is stored and none
 * ever closes: a decision of any age counts in its day whatever the order of the letters. Event
 * time is a date the letter states ({@link EventTime}); a decision whose letter states none is
 * counted all-time and in its guideline's undated bucket, and recorded on the late decisions (cause
 * {@code UNDATED}).
 *
 * <p>Every processor, store and internal topic is named, so upgrades keep their state. {@link
 * #build(Properties)} is the one way to get it: the command, the demo and the tests all build it
 * from properties.
 */
public final class PipelineTopology {

  public static final String LETTER_VERSIONS_STORE = "letter-versions";
  public static final String ALL_TIME_STORE = "guideline-counts-all-time";
  public static final String DAILY_STORE = "guideline-counts-daily";
  public static final String DELTAS_REPARTITION = "deltas-by-guideline";
  public static final String LETTERS_BY_ID_REPARTITION = "letters-by-id";

  private final PipelineTopics topics;
  private final LetterParsing parser;
  private final int deadLetterMaxBytes;

  private PipelineTopology(Properties props, LetterParsing parser) {
    this.topics = PipelineTopics.avro(ClusterOptions.asMap(props));
    this.parser = parser;
    this.deadLetterMaxBytes = PipelineSettings.deadLetterMaxBytes(props);
  }

  /**
   * The topology as {@code props} configure it: the serdes' settings ({@code schema.registry.url},
   * ...), the pipeline's own {@code imr.*} settings (topic names, dead-letter size) and Kafka's
   * ({@code topology.optimization}).
   */
  public static Topology build(Properties props) {
    return build(props, new LetterParser());
  }

  /** The same, with another parser (tests use one that fails on purpose). */
  public static Topology build(Properties props, LetterParsing parser) {
    return new PipelineTopology(props, parser).assemble(props);
  }

  private Topology assemble(Properties props) {
    StreamsBuilder builder = new StreamsBuilder();
    JsonSerde<OutcomeDelta> deltaSerde = new JsonSerde<>(OutcomeDelta.class);

    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(LETTER_VERSIONS_STORE),
            Serdes.String(),
            new JsonSerde<>(LetterVersion.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DAILY_STORE), Serdes.String(), new TallySerde()));

    // The record key is whatever the publishing client chose; identity comes from the letter
    // itself, so a letter
    // re-sent under another key (or none) meets its earlier version in the same partition of the
    // version store.
    var parsed =
        builder.stream(
                topics.rawLetters().name(), TopicEnds.consumed(topics.rawLetters(), "raw-letters"))
            .process(LetterIdentifier::new, Named.as("identify-letter"))
            .repartition(
                Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                    .withName(LETTERS_BY_ID_REPARTITION))
            .process(
                () -> new ParseLetterProcessor(parser, deadLetterMaxBytes),
                Named.as("parse-letter"))
            .split(Named.as("parse-"))
            .branch((letterId, outcome) -> outcome.parsed(), Branched.as("succeeded"))
            .defaultBranch(Branched.as("failed"));

    parsed
        .get("parse-failed")
        .mapValues(ParseOutcome::failure, Named.as("parse-failures"))
        .to(
            topics.deadLetters().name(),
            TopicEnds.produced(topics.deadLetters(), "dead-letters-sink"));

    // From here to the deltas' repartition, one task: the version store and what it lets through
    // commit together.
    KStream<String, LetterChange> changes =
        parsed
            .get("parse-succeeded")
            .mapValues(ParseOutcome::letter, Named.as("parsed-letters"))
            .process(
                () -> new VersionTracker(LETTER_VERSIONS_STORE),
                Named.as("track-versions"),
                LETTER_VERSIONS_STORE);

    changes
        .process(DecisionEmitter::new, Named.as("emit-decisions"))
        .to(topics.decisions().name(), TopicEnds.produced(topics.decisions(), "decisions-sink"));

    KStream<String, OutcomeDelta> deltas =
        changes
            .process(DeltaEmitter::new, Named.as("emit-deltas"))
            .repartition(
                Repartitioned.with(Serdes.String(), deltaSerde).withName(DELTAS_REPARTITION));

    countAllTime(deltas, deltaSerde);
    countDays(deltas);
    recordUndated(deltas);
    return builder.build(props);
  }

  private void countAllTime(
      KStream<String, OutcomeDelta> deltas, JsonSerde<OutcomeDelta> deltaSerde) {
    deltas
        .groupByKey(Grouped.with("all-time-deltas", Serdes.String(), deltaSerde))
        .aggregate(
            () -> OutcomeTally.EMPTY,
            (guideline, delta, tally) -> tally.apply(delta),
            Named.as("all-time-count"),
            Materialized.<String, OutcomeTally, KeyValueStore<Bytes, byte[]>>as(ALL_TIME_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(new TallySerde()))
        .toStream(Named.as("all-time-changes"))
        .mapValues(
            (guideline, tally) -> counts(guideline, CountScope.ALL_TIME, null, null, tally),
            Named.as("all-time-counts"))
        .to(
            topics.allTimeCounts().name(),
            TopicEnds.produced(topics.allTimeCounts(), "all-time-counts-sink"));
  }

  private void countDays(KStream<String, OutcomeDelta> deltas) {
    deltas
        .process(() -> new DailyCounter(DAILY_STORE), Named.as("daily-count"), DAILY_STORE)
        .to(
            topics.dailyCounts().name(),
            TopicEnds.produced(topics.dailyCounts(), "daily-counts-sink")
                .withStreamPartitioner(new ByGuidelinePartitioner()));
  }

  private void recordUndated(KStream<String, OutcomeDelta> deltas) {
    deltas
        .filter(
            (guideline, delta) -> !EventTime.isDated(delta.eventTimeMs()),
            Named.as("undated-deltas"))
        .processValues(UndatedDecisions::new, Named.as("undated-decisions"))
        .selectKey((guideline, late) -> late.getDecisionId(), Named.as("late-by-decision"))
        .to(
            topics.lateDecisions().name(),
            TopicEnds.produced(topics.lateDecisions(), "late-decisions-sink"));
  }

  private static GuidelineOutcomeCounts counts(
      String guideline, CountScope scope, Instant start, Instant end, OutcomeTally tally) {
    return GuidelineOutcomeCounts.newBuilder()
        .setGuideline(guideline)
        .setScope(scope)
        .setWindowStart(start)
        .setWindowEnd(end)
        .setUpheld(tally.upheld())
        .setOverturned(tally.overturned())
        .setTotal(tally.total())
        .build();
  }
}
