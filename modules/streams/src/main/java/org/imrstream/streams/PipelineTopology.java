package org.imrstream.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParsing;
import org.imrstream.runtime.PipelineSerdes;
import org.imrstream.streams.counting.LateDeltaRouter;
import org.imrstream.streams.counting.OutcomeDelta;
import org.imrstream.streams.counting.OutcomeTally;
import org.imrstream.streams.ingest.DecisionEmitter;
import org.imrstream.streams.ingest.DeltaEmitter;
import org.imrstream.streams.ingest.LetterChange;
import org.imrstream.streams.ingest.LetterIdentifier;
import org.imrstream.streams.ingest.ParseLetterProcessor;
import org.imrstream.streams.ingest.ParseOutcome;
import org.imrstream.streams.ingest.VersionTracker;
import org.imrstream.streams.ingest.LetterVersion;
import org.imrstream.streams.ingest.ParseFailures;
import org.imrstream.common.JsonSerde;
import org.imrstream.topics.Topics;

/**
 * The pipeline's topology: raw letters in; decision events, dead letters and outcome counts per guideline out.
 *
 * <pre>
 * raw letters ─ identify (key by the letter's own id) ─ repartition letters-by-id ─┐
 *      ┌──────────────────────────────────────────────────────────────────────────┘
 *      └─ parse ─┬─ failures ──────────────────────────────────────────────────────────────────────▶ dead letters
 *                └─ track versions (store letter-versions) ─┬─ emit decisions / retractions ─────────▶ decisions
 *                                                           └─ emit deltas ─▶ repartition by guideline
 *      repartition ─┬─ all-time aggregate (store guideline-counts-all-time) ─────────────────────────────▶ counts
 *                   └─ late router ─┬─ late ─────────────────────────────────────────────────────────────▶ dead letters
 *                                   └─ on time ─ hopping-window aggregate (store guideline-counts-window) ▶ counts
 * </pre>
 * Every processor, store and internal topic is named, so upgrades keep their state.
 */
public final class PipelineTopology {

  public static final String LETTER_VERSIONS_STORE = "letter-versions";
  public static final String ALL_TIME_STORE = "guideline-counts-all-time";
  public static final String WINDOW_STORE = "guideline-counts-window";
  public static final String STREAM_TIME_STORE = "late-router-stream-time";
  public static final String DELTAS_REPARTITION = "deltas-by-guideline";
  public static final String LETTERS_BY_ID_REPARTITION = "letters-by-id";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PipelineSerdes serdes;
  private final WindowSettings windows;
  private final LetterParsing parser;
  private final int deadLetterMaxBytes;

  public PipelineTopology(PipelineSerdes serdes, WindowSettings windows, LetterParsing parser) {
    this(serdes, windows, parser, PipelineSettings.DEFAULT_DEAD_LETTER_MAX_BYTES);
  }

  /** @param deadLetterMaxBytes how much of a failed letter its dead letter carries (the raw topic keeps it whole) */
  public PipelineTopology(PipelineSerdes serdes, WindowSettings windows, LetterParsing parser,
      int deadLetterMaxBytes) {
    this.serdes = serdes;
    this.windows = windows;
    this.parser = parser;
    this.deadLetterMaxBytes = deadLetterMaxBytes;
  }

  public Topology buildTopology() {
    return buildTopology(new Properties());
  }

  /** The topology, optimised as {@code props} say ({@code topology.optimization}). */
  public Topology buildTopology(Properties props) {
    StreamsBuilder builder = new StreamsBuilder();
    JsonSerde<OutcomeDelta> deltaSerde = new JsonSerde<>(OutcomeDelta.class);
    JsonSerde<OutcomeTally> tallySerde = new JsonSerde<>(OutcomeTally.class);

    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LETTER_VERSIONS_STORE),
        Serdes.String(), new JsonSerde<>(LetterVersion.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STREAM_TIME_STORE),
        Serdes.String(), Serdes.Long()));

    // The record key is whatever the publishing client chose; identity comes from the letter itself, so a letter
    // re-sent under another key (or none) meets its earlier version in the same partition of the version store.
    var parsed = builder
        .stream(Topics.RAW_LETTERS, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-letters"))
        .process(LetterIdentifier::new, Named.as("identify-letter"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(LETTERS_BY_ID_REPARTITION))
        .process(() -> new ParseLetterProcessor(parser, deadLetterMaxBytes), Named.as("parse-letter"))
        .split(Named.as("parse-"))
        .branch((letterId, outcome) -> outcome.parsed(), Branched.as("succeeded"))
        .defaultBranch(Branched.as("failed"));

    parsed.get("parse-failed")
        .mapValues(ParseOutcome::failure, Named.as("parse-failures"))
        .to(Topics.DEAD_LETTERS, Produced.with(Serdes.String(), serdes.failures()).withName("dead-letters-sink"));

    // From here to the deltas' repartition, one task: the version store and what it lets through commit together.
    KStream<String, LetterChange> changes = parsed.get("parse-succeeded")
        .mapValues(ParseOutcome::letter, Named.as("parsed-letters"))
        .process(() -> new VersionTracker(LETTER_VERSIONS_STORE), Named.as("track-versions"), LETTER_VERSIONS_STORE);

    changes
        .process(DecisionEmitter::new, Named.as("emit-decisions"))
        .to(Topics.DECISIONS, Produced.with(Serdes.String(), serdes.decisions()).withName("decisions-sink"));

    KStream<String, OutcomeDelta> deltas = changes
        .process(DeltaEmitter::new, Named.as("emit-deltas"))
        .repartition(Repartitioned.with(Serdes.String(), deltaSerde).withName(DELTAS_REPARTITION));

    countAllTime(deltas, deltaSerde, tallySerde);
    countWindows(deltas, deltaSerde, tallySerde);
    return builder.build(props);
  }

  private void countAllTime(KStream<String, OutcomeDelta> deltas, JsonSerde<OutcomeDelta> deltaSerde,
      JsonSerde<OutcomeTally> tallySerde) {
    deltas
        .groupByKey(Grouped.with("all-time-deltas", Serdes.String(), deltaSerde))
        .aggregate(() -> OutcomeTally.EMPTY, (guideline, delta, tally) -> tally.apply(delta),
            Named.as("all-time-count"),
            Materialized.<String, OutcomeTally, KeyValueStore<Bytes, byte[]>>as(ALL_TIME_STORE)
                .withKeySerde(Serdes.String()).withValueSerde(tallySerde))
        .toStream(Named.as("all-time-changes"))
        .mapValues((guideline, tally) -> counts(guideline, CountScope.ALL_TIME, null, null, tally),
            Named.as("all-time-counts"))
        .to(Topics.GUIDELINE_COUNTS, Produced.with(Serdes.String(), serdes.counts()).withName("all-time-counts-sink"));
  }

  private void countWindows(KStream<String, OutcomeDelta> deltas, JsonSerde<OutcomeDelta> deltaSerde,
      JsonSerde<OutcomeTally> tallySerde) {
    var routed = deltas
        .processValues(() -> new LateDeltaRouter(STREAM_TIME_STORE, windows.size(), windows.advance(), windows.grace()),
            Named.as("route-late-deltas"), STREAM_TIME_STORE)
        .split(Named.as("routed-"))
        .branch((guideline, r) -> r instanceof LateDeltaRouter.Routed.Late, Branched.as("late"))
        .defaultBranch(Branched.as("on-time"));

    routed.get("routed-late")
        .mapValues((guideline, r) -> late(guideline, (LateDeltaRouter.Routed.Late) r), Named.as("late-dead-letters"))
        .to(Topics.DEAD_LETTERS, Produced.with(Serdes.String(), serdes.failures()).withName("late-dead-letters-sink"));

    routed.get("routed-on-time")
        .mapValues(LateDeltaRouter.Routed::delta, Named.as("on-time-deltas"))
        .groupByKey(Grouped.with("window-deltas", Serdes.String(), deltaSerde))
        .windowedBy(TimeWindows.ofSizeAndGrace(windows.size(), windows.grace()).advanceBy(windows.advance()))
        .aggregate(() -> OutcomeTally.EMPTY, (guideline, delta, tally) -> tally.apply(delta), Named.as("window-count"),
            Materialized.<String, OutcomeTally, WindowStore<Bytes, byte[]>>as(WINDOW_STORE)
                .withKeySerde(Serdes.String()).withValueSerde(tallySerde))
        .toStream(Named.as("window-changes"))
        .map((Windowed<String> window, OutcomeTally tally) -> KeyValue.pair(windowKey(window),
                counts(window.key(), CountScope.WINDOW, window.window().startTime(), window.window().endTime(), tally)),
            Named.as("window-counts"))
        .to(Topics.GUIDELINE_COUNTS, Produced.with(Serdes.String(), serdes.counts()).withName("window-counts-sink"));
  }

  /** Key of a window's counts on the counts topic: {@code guideline@windowStart}. */
  public static String windowKey(Windowed<String> window) {
    return window.key() + "@" + window.window().startTime();
  }

  private static GuidelineOutcomeCounts counts(String guideline, CountScope scope, Instant start, Instant end,
      OutcomeTally tally) {
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

  private static ParseFailure late(String guideline, LateDeltaRouter.Routed.Late late) {
    OutcomeDelta delta = late.delta();
    String letterId = delta.decisionId().contains("#")
        ? delta.decisionId().substring(0, delta.decisionId().lastIndexOf('#')) : delta.decisionId();
    String reason = "decision " + delta.decisionId() + " (" + guideline + ", " + delta.outcome() + ", event time "
        + Instant.ofEpochMilli(delta.eventTimeMs()) + ") arrived after its windows closed: stream time "
        + Instant.ofEpochMilli(late.streamTimeMs()) + ", grace " + "exceeded; it is in the all-time totals only";
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(delta);
    } catch (JsonProcessingException e) {
      json = delta.toString().getBytes(StandardCharsets.UTF_8);
    }
    return ParseFailures.late(letterId, reason, json, delta.rawTopic(), delta.rawPartition(), delta.rawOffset(),
        late.foundAtMs());
  }
}
