package org.imrstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.runtime.JsonSerde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sink's fold on its own: counts of both topics, whatever their keys, into one stats value per
 * guideline.
 */
class GuidelineStatsFolderTest {

  private static final String KNEE = "ODG: Knee & Leg";
  private static final Instant START = Instant.parse("2017-02-01T00:00:00Z");

  private final MockProcessorContext<String, GuidelineStats> context = new MockProcessorContext<>();
  private TimestampedKeyValueStore<String, GuidelineStats> store;
  private GuidelineStatsFolder folder;

  @BeforeEach
  void init() {
    store =
        Stores.timestampedKeyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(SinkTopology.STATS_STORE),
                Serdes.String(),
                new JsonSerde<>(GuidelineStats.class))
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    folder = new GuidelineStatsFolder(SinkTopology.STATS_STORE);
    folder.init(context);
  }

  @Test
  void allTimeAndWindowCountsFoldIntoOneValueKeyedByTheGuideline() {
    folder.process(
        new Record<>(
            KNEE,
            new GuidelineOutcomeCounts(KNEE, CountScope.ALL_TIME, null, null, 3L, 1L, 4L),
            100L));
    folder.process(
        new Record<>(
            KNEE + "@" + START,
            new GuidelineOutcomeCounts(
                KNEE, CountScope.WINDOW, START, START.plusSeconds(30 * 86_400L), 1L, 1L, 2L),
            50L));

    assertThat(context.forwarded().stream().map(f -> (String) f.record().key()))
        .containsExactly(KNEE, KNEE);
    GuidelineStats stats = store.get(KNEE).value();
    assertThat(stats.allTime()).isEqualTo(new GuidelineStats.Counts(3, 1, 4));
    assertThat(stats.currentWindow().start()).isEqualTo(START);
    assertThat(context.forwarded().get(1).record().timestamp())
        .as("an older record does not move the stats' time back")
        .isEqualTo(100L);
    assertThat(store.get(KNEE).timestamp()).isEqualTo(100L);
  }

  @Test
  void aTombstoneChangesNothing() {
    folder.process(new Record<>(KNEE, null, 1L));
    assertThat(context.forwarded()).isEmpty();
    assertThat(store.get(KNEE)).isNull();
  }
}
