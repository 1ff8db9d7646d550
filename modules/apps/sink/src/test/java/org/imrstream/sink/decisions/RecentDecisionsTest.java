package org.imrstream.sink.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The latest-decisions keeper alone, with Kafka's {@link MockProcessorContext} and real stores. */
class RecentDecisionsTest {

  private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
  private KeyValueStore<String, String> decisions;
  private RecentDecisions keeper;

  @BeforeEach
  void setUp() {
    decisions = store("recent");
    KeyValueStore<String, String> index = store("index");
    keeper = new RecentDecisions("recent", "index");
    keeper.init(context);
  }

  private KeyValueStore<String, String> store(String name) {
    KeyValueStore<String, String> store =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.String())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  @Test
  void decisionsAreKeptNewestDateLastSoAReverseScanReadsTheNewestFirst() {
    keeper.process(record("CM17-0000002#1", LocalDate.of(2017, 3, 1)));
    keeper.process(record("CM17-0000001#1", LocalDate.of(2016, 12, 1)));
    keeper.process(record("CM17-0000003#1", null));

    assertThat(keys())
        .containsExactly(
            "0000-00-00|CM17-0000003#1", "2016-12-01|CM17-0000001#1", "2017-03-01|CM17-0000002#1");
    assertThat(decisions.get("2017-03-01|CM17-0000002#1"))
        .contains("\"item\":\"<b>MRI</b>\"")
        .contains("\"outcome\":\"UPHELD\"");
  }

  @Test
  void anAmendmentMovesADecisionAndARetractionRemovesIt() {
    keeper.process(record("CM17-0000001#1", LocalDate.of(2016, 12, 1)));
    keeper.process(record("CM17-0000001#1", LocalDate.of(2017, 1, 5)));
    assertThat(keys()).containsExactly("2017-01-05|CM17-0000001#1");

    keeper.process(new Record<>("CM17-0000001#1", null, 0L));
    assertThat(keys()).isEmpty();
  }

  @Test
  void onlyTheNewestAreKeptBeyondTheCapacity() {
    LocalDate start = LocalDate.of(2016, 1, 1);
    for (int i = 0; i < RecentDecisions.CAPACITY + 5; i++) {
      keeper.process(record(String.format("CM16-%07d#1", i), start.plusDays(i)));
    }
    List<String> keys = keys();
    assertThat(keys).hasSize(RecentDecisions.CAPACITY);
    assertThat(keys.get(0)).startsWith(start.plusDays(5).toString());
    // Retracting a decision that was trimmed away changes nothing.
    keeper.process(new Record<>("CM16-0000000#1", null, 0L));
    assertThat(keys()).hasSize(RecentDecisions.CAPACITY);
  }

  private List<String> keys() {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, String> all = decisions.all()) {
      all.forEachRemaining(kv -> keys.add(kv.key));
    }
    return keys;
  }

  private static Record<String, DecisionEvent> record(String id, LocalDate date) {
    DecisionEvent event =
        DecisionEvent.newBuilder()
            .setDecisionId(id)
            .setLetterId(id.substring(0, id.indexOf('#')))
            .setDecisionIndex(1)
            .setDecisionCount(1)
            .setDecisionDate(date)
            .setItem("<b>MRI</b>")
            .setOutcome(Outcome.UPHELD)
            .setGuideline("MTUS: Low Back Complaints")
            .setGuidelineFamily(GuidelineFamily.MTUS)
            .build();
    return new Record<>(id, event, 0L);
  }
}
