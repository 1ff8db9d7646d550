package org.imrstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.sink.stats.GuidelineTotals;
import org.imrstream.testkit.MockFixedKeyProcessorContext;
import org.junit.jupiter.api.Test;

/** The totals-to-JSON step on its own; a tombstone stays one. */
class StatsJsonProcessorTest {

  private static final String KNEE = "ODG: Knee & Leg";

  private final MockProcessorContext<String, String> mock = new MockProcessorContext<>();
  private final MockFixedKeyProcessorContext<String, String> context =
      new MockFixedKeyProcessorContext<>(mock);

  @Test
  void totalsBecomeJsonWithTheTimeTheyChanged() throws Exception {
    StatsJsonProcessor processor = new StatsJsonProcessor();
    processor.init(context);
    GuidelineTotals totals = new GuidelineTotals(KNEE, 3, 1, "2016-11-07", 1_488_369_600_000L);

    processor.process(MockFixedKeyProcessorContext.record(new Record<>(KNEE, totals, 42L)));

    assertThat(context.forwarded()).hasSize(1);
    assertThat(context.forwarded().get(0).record().key()).isEqualTo(KNEE);
    JsonNode json = new ObjectMapper().readTree(context.forwarded().get(0).record().value());
    assertThat(json.get("guideline").asText()).isEqualTo(KNEE);
    assertThat(json.at("/allTime/total").asLong()).isEqualTo(4);
    assertThat(json.at("/allTime/overturnRate").asDouble()).isEqualTo(0.25);
    assertThat(json.get("newestDecisionDate").asText()).isEqualTo("2016-11-07");
    assertThat(json.get("updatedAt").asText())
        .as("when the totals changed, not the record's timestamp")
        .isEqualTo("2017-03-01T12:00:00Z");
  }

  @Test
  void aDeletedStatsValueIsForwardedAsATombstone() {
    StatsJsonProcessor processor = new StatsJsonProcessor();
    processor.init(context);

    processor.process(MockFixedKeyProcessorContext.record(new Record<>(KNEE, null, 5L)));

    assertThat(context.forwarded())
        .singleElement()
        .satisfies(f -> assertThat(f.record().value()).isNull());
  }
}
