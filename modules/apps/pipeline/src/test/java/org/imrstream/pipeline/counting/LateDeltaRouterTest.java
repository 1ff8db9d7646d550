package org.imrstream.pipeline.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.pipeline.EventTime;
import org.imrstream.testkit.MockFixedKeyProcessorContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The late router on its own: which deltas the windowed count would drop, and the stream time it
 * keeps.
 */
class LateDeltaRouterTest {

  private static final String STORE = "late-router-stream-time";
  private static final String GUIDELINE = "MTUS: Low Back Complaints";
  private static final Duration DAY = Duration.ofDays(1);

  private final MockProcessorContext<String, LateDeltaRouter.Routed> mock =
      new MockProcessorContext<>();
  private final MockFixedKeyProcessorContext<String, LateDeltaRouter.Routed> context =
      new MockFixedKeyProcessorContext<>(mock);
  private KeyValueStore<String, Long> streamTimes;
  private LateDeltaRouter router;

  @BeforeEach
  void init() {
    streamTimes =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.Long())
            .withLoggingDisabled()
            .build();
    streamTimes.init(mock.getStateStoreContext(), streamTimes);
    mock.addStateStore(streamTimes);
    mock.setCurrentSystemTimeMs(1_800_000_000_000L);
    // 30-day windows, a day apart, 5 days of grace.
    router = new LateDeltaRouter(STORE, Duration.ofDays(30), DAY, Duration.ofDays(5));
    router.init(context);
  }

  private static Record<String, OutcomeDelta> delta(String decisionId, String eventDate) {
    long time = Instant.parse(eventDate + "T00:00:00Z").toEpochMilli();
    return new Record<>(
        GUIDELINE, new OutcomeDelta("UPHELD", 1, decisionId, time, "imr.letters.raw", 0, 7), time);
  }

  @Test
  void aDecisionWhoseNewestWindowClosedBeyondGraceIsLateAndTheRestIsOnTime() {
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-1#1", "2017-06-01")));
    // Newest window 05-01..05-31, with 5 days of grace open until 06-05: on time.
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-2#1", "2017-05-01")));
    // Newest window 04-01..05-01, with 5 days of grace closed on 05-06: late.
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-3#1", "2017-04-01")));

    List<LateDeltaRouter.Routed> out =
        context.forwarded().stream().map(f -> (LateDeltaRouter.Routed) f.record().value()).toList();
    assertThat(out)
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactly("OnTime", "OnTime", "Late");
    LateDeltaRouter.Routed.Late late = (LateDeltaRouter.Routed.Late) out.get(2);
    assertThat(late.delta().decisionId()).isEqualTo("CM17-3#1");
    assertThat(late.streamTimeMs()).isEqualTo(Instant.parse("2017-06-01T00:00:00Z").toEpochMilli());
    assertThat(late.foundAtMs()).as("timed by the processor context").isEqualTo(1_800_000_000_000L);
  }

  @Test
  void streamTimeIsKeptInTheStoreSoARestartedTaskJudgesTheSame() {
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-1#1", "2017-06-01")));
    assertThat(streamTimes.approximateNumEntries()).isEqualTo(1);

    LateDeltaRouter restarted =
        new LateDeltaRouter(STORE, Duration.ofDays(30), DAY, Duration.ofDays(5));
    restarted.init(context);
    mock.resetForwards();
    restarted.process(MockFixedKeyProcessorContext.record(delta("CM17-4#1", "2017-02-01")));
    assertThat(context.forwarded())
        .singleElement()
        .satisfies(
            f -> assertThat(f.record().value()).isInstanceOf(LateDeltaRouter.Routed.Late.class));
  }

  private static Record<String, OutcomeDelta> undated(String decisionId) {
    return new Record<>(
        GUIDELINE,
        new OutcomeDelta("UPHELD", 1, decisionId, EventTime.UNDATED, "imr.letters.raw", 0, 9),
        EventTime.UNDATED_RECORD_TIMESTAMP);
  }

  @Test
  void anUndatedDeltaIsRoutedAsUndatedWhateverCameBeforeAndNeverMovesTheStreamTime() {
    router.process(MockFixedKeyProcessorContext.record(undated("SHA-A#1")));
    assertThat(streamTimes.approximateNumEntries()).as("no stream time yet").isZero();
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-1#1", "2017-06-01")));
    router.process(MockFixedKeyProcessorContext.record(undated("SHA-B#1")));
    // Still open against a stream time of 2017-06-01.
    router.process(MockFixedKeyProcessorContext.record(delta("CM17-2#1", "2017-05-01")));

    List<LateDeltaRouter.Routed> out =
        context.forwarded().stream().map(f -> (LateDeltaRouter.Routed) f.record().value()).toList();
    assertThat(out)
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactly("Undated", "OnTime", "Undated", "OnTime");
    assertThat(((LateDeltaRouter.Routed.Undated) out.get(2)).foundAtMs())
        .isEqualTo(1_800_000_000_000L);
    assertThat(streamTimes.all().next().value)
        .isEqualTo(Instant.parse("2017-06-01T00:00:00Z").toEpochMilli());
  }
}
