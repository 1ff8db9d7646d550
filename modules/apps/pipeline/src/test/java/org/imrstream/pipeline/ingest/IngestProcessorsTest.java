package org.imrstream.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.LetterParser;
import org.imrstream.pipeline.EventTime;
import org.imrstream.pipeline.counting.OutcomeDelta;
import org.imrstream.runtime.JsonSerde;
import org.imrstream.testkit.TestLetters;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/** Each step of the ingest sub-topology on its own, with Kafka's MockProcessorContext. */
class IngestProcessorsTest {

  private static final String CASE = "CM17-0000042";
  private static final LocalDate DECIDED = LocalDate.of(2017, 3, 1);
  private static final long EVENT_TIME =
      DECIDED.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  private static final byte[] TWO_DECISIONS =
      TestLetters.letter(
          CASE,
          DECIDED,
          TestLetters.LOW_BACK,
          new String[] {"Lumbar MRI", "Lumbar brace"},
          new String[] {"Upheld", "Overturned"});
  private static final byte[] ONE_DECISION =
      TestLetters.letter(
          CASE,
          DECIDED,
          TestLetters.CHRONIC_PAIN,
          new String[] {"Lumbar MRI"},
          new String[] {"Overturned"});

  @Test
  void theIdentifierKeysALetterByItsCaseNumberAndKeepsItsRawPosition() {
    MockProcessorContext<String, byte[]> context = new MockProcessorContext<>();
    context.setRecordMetadata(Topics.RAW_LETTERS, 4, 77);
    LetterIdentifier identifier = new LetterIdentifier();
    identifier.init(context);

    identifier.process(new Record<>("kcat-pdf-1", TWO_DECISIONS, 5L, new RecordHeaders()));
    identifier.process(new Record<>(null, "no case here".getBytes(StandardCharsets.UTF_8), 6L));

    List<CapturedForward<? extends String, ? extends byte[]>> out = context.forwarded();
    assertThat(out.get(0).record().key()).isEqualTo(CASE);
    assertThat(out.get(1).record().key())
        .isEqualTo(LetterIdentity.sha256("no case here".getBytes(StandardCharsets.UTF_8)));
    assertThat(
            LetterIdentifier.coordinates(
                out.get(0).record().headers(), context.recordMetadata().orElseThrow()))
        .isEqualTo(new RawPosition(Topics.RAW_LETTERS, 4, 77));
  }

  @Test
  void theParserStepTurnsALetterIntoEventsAndAnUnreadableOneIntoADeadLetter() {
    MockProcessorContext<String, ParseOutcome> context = new MockProcessorContext<>();
    context.setRecordMetadata("imr-streams-letters-by-id-repartition", 0, 3);
    context.setCurrentSystemTimeMs(1_700_000_000_000L);
    ParseLetterProcessor parse = new ParseLetterProcessor(new LetterParser(), 10);
    parse.init(context);

    parse.process(new Record<>(CASE, TWO_DECISIONS, 1L));
    parse.process(
        new Record<>(
            "x",
            "A memo about parking, long enough to be cut.".getBytes(StandardCharsets.UTF_8),
            2L));

    ParseOutcome parsed = context.forwarded().get(0).record().value();
    assertThat(parsed.parsed()).isTrue();
    assertThat(parsed.letter().events())
        .extracting(DecisionEvent::getDecisionId)
        .containsExactly(CASE + "#1", CASE + "#2");
    assertThat(parsed.letter().eventTimeMs())
        .as("event time is the decision date")
        .isEqualTo(EVENT_TIME);
    assertThat(parsed.letter().sha256()).isEqualTo(LetterIdentity.sha256(TWO_DECISIONS));
    assertThat(parsed.letter().events().get(0).getProvenance().getIngestionTime().toEpochMilli())
        .as("ingestion time from the processor context")
        .isEqualTo(1_700_000_000_000L);
    ParseOutcome failed = context.forwarded().get(1).record().value();
    assertThat(failed.parsed()).isFalse();
    assertThat(failed.failure().getReasonCode()).isEqualTo("UNKNOWN_LAYOUT");
    assertThat(failed.failure().getOriginalBytes().remaining())
        .as("cut to the limit")
        .isEqualTo(10);
    assertThat(failed.failure().getOriginalTruncated()).isTrue();
  }

  @Test
  void theTrackerLetsANewLetterThroughDropsAResendAndPairsAnAmendmentWithItsPreviousVersion() {
    MockProcessorContext<String, LetterChange> context = new MockProcessorContext<>();
    KeyValueStore<String, LetterVersion> store =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("letter-versions"),
                Serdes.String(),
                new JsonSerde<>(LetterVersion.class))
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    VersionTracker tracker = new VersionTracker("letter-versions");
    tracker.init(context);

    tracker.process(new Record<>(CASE, parsed(TWO_DECISIONS), 1L));
    tracker.process(new Record<>(CASE, parsed(TWO_DECISIONS), 2L));
    tracker.process(new Record<>(CASE, parsed(ONE_DECISION), 3L));

    List<CapturedForward<? extends String, ? extends LetterChange>> out = context.forwarded();
    assertThat(out).as("the re-send makes no change").hasSize(2);
    assertThat(out.get(0).record().value().amends()).isFalse();
    LetterChange amendment = out.get(1).record().value();
    assertThat(amendment.amends()).isTrue();
    assertThat(amendment.previous().decisions())
        .extracting(LetterVersion.CountedDecision::decisionId)
        .containsExactly(CASE + "#1", CASE + "#2");
    assertThat(store.get(CASE).sha256()).isEqualTo(LetterIdentity.sha256(ONE_DECISION));
    assertThat(store.get(CASE).decisions())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.guideline())
                    .isEqualTo("MTUS: Chronic Pain Medical Treatment Guidelines"));
  }

  @Test
  void anAmendmentRetractsTheDecisionsItNoLongerHasThenWritesItsOwn() {
    MockProcessorContext<String, DecisionEvent> context = new MockProcessorContext<>();
    DecisionEmitter emitter = new DecisionEmitter();
    emitter.init(context);
    LetterVersion previous =
        new LetterVersion(
            "old",
            List.of(
                new LetterVersion.CountedDecision(
                    CASE + "#1", "MTUS: Low Back Complaints", "UPHELD", 100L),
                new LetterVersion.CountedDecision(
                    CASE + "#2", "MTUS: Low Back Complaints", "OVERTURNED", 100L)));

    emitter.process(new Record<>(CASE, new LetterChange(previous, parsed(ONE_DECISION)), 9L));

    List<CapturedForward<? extends String, ? extends DecisionEvent>> out = context.forwarded();
    assertThat(out)
        .extracting(f -> (String) f.record().key())
        .containsExactly(CASE + "#2", CASE + "#1");
    assertThat(out.get(0).record().value()).as("a tombstone").isNull();
    assertThat(out.get(0).record().timestamp())
        .as("at the retracted decision's time")
        .isEqualTo(100L);
    assertThat(out.get(1).record().value().getOutcome().name()).isEqualTo("OVERTURNED");
    assertThat(out.get(1).record().timestamp()).isEqualTo(EVENT_TIME);
  }

  @Test
  void deltasTakeBackThePreviousVersionAndCountTheCurrentOneByGuideline() {
    MockProcessorContext<String, OutcomeDelta> context = new MockProcessorContext<>();
    DeltaEmitter emitter = new DeltaEmitter();
    emitter.init(context);
    LetterVersion previous =
        new LetterVersion(
            "old",
            List.of(
                new LetterVersion.CountedDecision(
                    CASE + "#1", "MTUS: Low Back Complaints", "UPHELD", 100L)));

    emitter.process(new Record<>(CASE, new LetterChange(previous, parsed(ONE_DECISION)), 9L));

    List<CapturedForward<? extends String, ? extends OutcomeDelta>> out = context.forwarded();
    assertThat(out)
        .extracting(f -> (String) f.record().key())
        .containsExactly(
            "MTUS: Low Back Complaints", "MTUS: Chronic Pain Medical Treatment Guidelines");
    assertThat(out.get(0).record().value().change()).isEqualTo(-1);
    assertThat(out.get(0).record().timestamp())
        .as("taken back at its own time, so its windows are too")
        .isEqualTo(100L);
    assertThat(out.get(1).record().value().change()).isEqualTo(+1);
    assertThat(out.get(1).record().value().outcome()).isEqualTo("OVERTURNED");
    assertThat(out.get(1).record().value().rawOffset()).isEqualTo(12L);
  }

  @Test
  void anUndatedLetterHasNoEventTimeAndItsRecordsCarryTheEarliestTimestamp() {
    byte[] undated =
        TestLetters.letter(
            CASE, null, TestLetters.LOW_BACK, new String[] {"Lumbar MRI"}, new String[] {"Upheld"});
    ParsedLetter letter = parsed(undated);
    assertThat(letter.eventTimeMs()).isEqualTo(EventTime.UNDATED);
    LetterVersion previous =
        new LetterVersion(
            "old",
            List.of(
                new LetterVersion.CountedDecision(
                    CASE + "#2", "MTUS: Low Back Complaints", "UPHELD", EventTime.UNDATED)));
    LetterChange change = new LetterChange(previous, letter);

    MockProcessorContext<String, DecisionEvent> decisions = new MockProcessorContext<>();
    DecisionEmitter decisionEmitter = new DecisionEmitter();
    decisionEmitter.init(decisions);
    decisionEmitter.process(new Record<>(CASE, change, 1_900_000_000_000L));
    assertThat(decisions.forwarded())
        .extracting(f -> f.record().timestamp())
        .as("the tombstone and the event, never the record's own time")
        .containsExactly(0L, 0L);

    MockProcessorContext<String, OutcomeDelta> deltas = new MockProcessorContext<>();
    DeltaEmitter deltaEmitter = new DeltaEmitter();
    deltaEmitter.init(deltas);
    deltaEmitter.process(new Record<>(CASE, change, 1_900_000_000_000L));
    assertThat(deltas.forwarded()).extracting(f -> f.record().timestamp()).containsExactly(0L, 0L);
    assertThat(deltas.forwarded())
        .extracting(f -> f.record().value().eventTimeMs())
        .as("the deltas say they are undated")
        .containsExactly(EventTime.UNDATED, EventTime.UNDATED);
  }

  /** The letter as the parse step reads it, from position 12 of the raw topic. */
  private static ParsedLetter parsed(byte[] bytes) {
    MockProcessorContext<String, ParseOutcome> context = new MockProcessorContext<>();
    context.setRecordMetadata(Topics.RAW_LETTERS, 0, 12);
    context.setCurrentSystemTimeMs(0L);
    ParseLetterProcessor parse = new ParseLetterProcessor(new LetterParser(), 1024);
    parse.init(context);
    parse.process(new Record<>(CASE, bytes, 0L));
    return context.forwarded().get(0).record().value().letter();
  }
}
