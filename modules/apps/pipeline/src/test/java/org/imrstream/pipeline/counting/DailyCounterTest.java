package org.imrstream.pipeline.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.pipeline.EventTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily counter alone, with Kafka's {@link MockProcessorContext} and a real store. */
class DailyCounterTest {

  private static final String STORE = "days";
  private static final String LOW_BACK = "MTUS: Low Back Complaints";

  private MockProcessorContext<String, GuidelineOutcomeCounts> context;
  private KeyValueStore<String, OutcomeTally> days;
  private DailyCounter counter;

  @BeforeEach
  void setUp() {
    context = new MockProcessorContext<>();
    days =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(STORE), Serdes.String(), new TallySerde())
            .withLoggingDisabled()
            .build();
    days.init(context.getStateStoreContext(), days);
    context.addStateStore(days);
    counter = new DailyCounter(STORE);
    counter.init(context);
  }

  @Test
  void eachDeltaUpdatesOneDayAndSendsTheDaysNewTally() {
    counter.process(delta("UPHELD", 1, "2017-01-10T00:00:00Z"));
    counter.process(delta("OVERTURNED", 1, "2017-01-10T00:00:00Z"));
    counter.process(delta("UPHELD", 1, "2017-01-11T00:00:00Z"));

    assertThat(days.get(LOW_BACK + "@2017-01-10")).isEqualTo(new OutcomeTally(1, 1));
    assertThat(days.get(LOW_BACK + "@2017-01-11")).isEqualTo(new OutcomeTally(1, 0));
    List<CapturedForward<? extends String, ? extends GuidelineOutcomeCounts>> sent =
        context.forwarded();
    assertThat(sent)
        .extracting(f -> (String) f.record().key())
        .containsExactly(
            LOW_BACK + "@2017-01-10", LOW_BACK + "@2017-01-10", LOW_BACK + "@2017-01-11");
    GuidelineOutcomeCounts second = sent.get(1).record().value();
    assertThat(second.getScope()).isEqualTo(CountScope.DAY);
    assertThat(second.getGuideline()).isEqualTo(LOW_BACK);
    assertThat(second.getTotal()).isEqualTo(2);
    assertThat(second.getWindowStart()).isEqualTo(Instant.parse("2017-01-10T00:00:00Z"));
    assertThat(second.getWindowEnd()).isEqualTo(Instant.parse("2017-01-11T00:00:00Z"));
  }

  @Test
  void aRetractionTakesItsDecisionOutOfItsDay() {
    counter.process(delta("UPHELD", 1, "2017-01-10T00:00:00Z"));
    counter.process(delta("UPHELD", -1, "2017-01-10T00:00:00Z"));

    assertThat(days.get(LOW_BACK + "@2017-01-10")).isEqualTo(OutcomeTally.EMPTY);
    assertThat(context.forwarded().get(1).record().value().getTotal()).isZero();
  }

  @Test
  void anUndatedDeltaGoesToItsGuidelinesUndatedBucket() {
    counter.process(
        new Record<>(
            LOW_BACK,
            new OutcomeDelta("OVERTURNED", 1, "X#1", EventTime.UNDATED, "raw", 0, 7L),
            EventTime.UNDATED_RECORD_TIMESTAMP));

    assertThat(days.get(LOW_BACK + "@undated")).isEqualTo(new OutcomeTally(0, 1));
    GuidelineOutcomeCounts sent = context.forwarded().get(0).record().value();
    assertThat(sent.getWindowStart()).isNull();
    assertThat(sent.getWindowEnd()).isNull();
  }

  @Test
  void aDecisionLateInTheDayCountsInThatUtcDay() {
    counter.process(delta("UPHELD", 1, "2017-01-10T23:59:59Z"));
    assertThat(days.get(LOW_BACK + "@2017-01-10")).isEqualTo(new OutcomeTally(1, 0));
  }

  private static Record<String, OutcomeDelta> delta(String outcome, int change, String time) {
    long ts = Instant.parse(time).toEpochMilli();
    return new Record<>(
        LOW_BACK, new OutcomeDelta(outcome, change, "CM17-0000001#1", ts, "raw", 0, 1L), ts);
  }
}
