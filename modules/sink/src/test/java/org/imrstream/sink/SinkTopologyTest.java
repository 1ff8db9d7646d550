package org.imrstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.Outcome;
import org.imrstream.streams.PipelineSerdes;
import org.imrstream.streams.StreamsSettings;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

  private static final String LOW_BACK = "MTUS: Low Back Complaints";
  private final ObjectMapper json = new ObjectMapper();
  private TopologyTestDriver driver;
  private TestInputTopic<String, GuidelineOutcomeCounts> counts;
  private TestInputTopic<String, DecisionEvent> decisions;
  private TestOutputTopic<String, String> stats;
  private TestOutputTopic<String, String> decisionJson;

  @BeforeEach
  void start() {
    PipelineSerdes serdes = PipelineSerdes.avro(Map.of("schema.registry.url", "mock://sink-" + UUID.randomUUID()));
    Properties props = StreamsSettings.streamsProperties("sink-test", Map.of());
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    driver = new TopologyTestDriver(new SinkTopology(serdes.decisions(), serdes.counts()).buildTopology(), props);
    counts = driver.createInputTopic(Topics.GUIDELINE_COUNTS, Serdes.String().serializer(), serdes.counts().serializer());
    decisions = driver.createInputTopic(Topics.DECISIONS, Serdes.String().serializer(), serdes.decisions().serializer());
    stats = driver.createOutputTopic(Topics.DASHBOARD_GUIDELINE_STATS, Serdes.String().deserializer(),
        Serdes.String().deserializer());
    decisionJson = driver.createOutputTopic(Topics.DASHBOARD_DECISIONS, Serdes.String().deserializer(),
        Serdes.String().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static GuidelineOutcomeCounts allTime(long upheld, long overturned) {
    return new GuidelineOutcomeCounts(LOW_BACK, CountScope.ALL_TIME, null, null, upheld, overturned, upheld + overturned);
  }

  private static GuidelineOutcomeCounts window(String start, long upheld, long overturned) {
    Instant s = Instant.parse(start);
    return new GuidelineOutcomeCounts(LOW_BACK, CountScope.WINDOW, s, s.plusSeconds(30L * 86400), upheld, overturned,
        upheld + overturned);
  }

  private JsonNode latestStats() throws IOException {
    List<KeyValue<String, String>> out = stats.readKeyValuesToList();
    assertThat(out).isNotEmpty();
    assertThat(out.get(out.size() - 1).key).isEqualTo(LOW_BACK);
    return json.readTree(out.get(out.size() - 1).value);
  }

  @Test
  void allTimeAndCurrentWindowWithOverturnRates() throws IOException {
    counts.pipeInput(LOW_BACK, allTime(8, 2));
    counts.pipeInput(LOW_BACK + "@2017-01-10T00:00:00Z", window("2017-01-10T00:00:00Z", 3, 1));

    JsonNode node = latestStats();
    assertThat(node.get("guideline").asText()).isEqualTo(LOW_BACK);
    assertThat(node.at("/allTime/upheld").asLong()).isEqualTo(8);
    assertThat(node.at("/allTime/overturned").asLong()).isEqualTo(2);
    assertThat(node.at("/allTime/total").asLong()).isEqualTo(10);
    assertThat(node.at("/allTime/overturnRate").asDouble()).isEqualTo(0.2);
    assertThat(node.at("/currentWindow/start").asText()).isEqualTo("2017-01-10T00:00:00Z");
    assertThat(node.at("/currentWindow/end").asText()).isEqualTo("2017-02-09T00:00:00Z");
    assertThat(node.at("/currentWindow/overturnRate").asDouble()).isEqualTo(0.25);
  }

  @Test
  void anUpdateToAnOlderWindowDoesNotReplaceTheCurrentOne() throws IOException {
    counts.pipeInput(LOW_BACK + "@2017-03-01T00:00:00Z", window("2017-03-01T00:00:00Z", 1, 0));
    counts.pipeInput(LOW_BACK + "@2017-01-01T00:00:00Z", window("2017-01-01T00:00:00Z", 5, 5));

    JsonNode node = latestStats();
    assertThat(node.at("/currentWindow/start").asText()).isEqualTo("2017-03-01T00:00:00Z");
    assertThat(node.at("/currentWindow/total").asLong()).isEqualTo(1);
    assertThat(node.at("/allTime/total").asLong()).as("no all-time record seen yet").isZero();
    assertThat(node.at("/allTime/overturnRate").asDouble()).isZero();
  }

  @Test
  void theCurrentWindowIsTheThirtyDaysUpToTheNewestDecision() throws IOException {
    // A decision on 2017-01-30 updates the 30 windows starting 2017-01-01 .. 2017-01-30, in that order.
    Instant newest = Instant.parse("2017-01-30T00:00:00Z");
    for (int back = 29; back >= 0; back--) {
      Instant start = newest.minusSeconds(back * 86_400L);
      counts.pipeInput(LOW_BACK + "@" + start, window(start.toString(), 2, back == 29 ? 1 : 0));
    }
    JsonNode node = latestStats();
    assertThat(node.at("/currentWindow/start").asText()).isEqualTo("2017-01-01T00:00:00Z");
    assertThat(node.at("/currentWindow/end").asText()).isEqualTo("2017-01-31T00:00:00Z");
    assertThat(node.at("/currentWindow/total").asLong()).isEqualTo(3);

    // A decision on 2017-03-15 moves the current window on to the 30 days ending that day.
    Instant later = Instant.parse("2017-03-15T00:00:00Z");
    counts.pipeInput(LOW_BACK + "@" + later.minusSeconds(29 * 86_400L), window(later.minusSeconds(29 * 86_400L).toString(), 1, 0));
    counts.pipeInput(LOW_BACK + "@" + later, window(later.toString(), 1, 0));
    node = latestStats();
    assertThat(node.at("/currentWindow/start").asText()).isEqualTo("2017-02-14T00:00:00Z");
  }

  @Test
  void decisionsBecomeFlatJsonAndTombstonesPassThrough() throws IOException {
    DecisionEvent minimal = DecisionEvent.newBuilder().setDecisionId("CM17-0000001#1").setLetterId("CM17-0000001")
        .setDecisionIndex(1).setDecisionCount(1).setItem("Cane").setOutcome(Outcome.OVERTURNED)
        .setGuideline("NONE").setGuidelineFamily(GuidelineFamily.NONE).setDecisionDate(LocalDate.of(2017, 2, 3))
        .build();
    decisions.pipeInput("CM17-0000001#1", minimal);
    decisions.pipeInput("CM17-0000001#1", (DecisionEvent) null);

    List<KeyValue<String, String>> out = decisionJson.readKeyValuesToList();
    assertThat(out).hasSize(2);
    JsonNode node = json.readTree(out.get(0).value);
    assertThat(node.get("decisionId").asText()).isEqualTo("CM17-0000001#1");
    assertThat(node.get("outcome").asText()).isEqualTo("OVERTURNED");
    assertThat(node.get("decisionDate").asText()).isEqualTo("2017-02-03");
    assertThat(node.get("caseNumber").isNull()).isTrue();
    assertThat(node.get("patient").get("age").isNull()).isTrue();
    assertThat(node.has("provenance")).isFalse();
    assertThat(out.get(1).value).isNull();
  }

  @Test
  void everyNodeIsNamed() {
    PipelineSerdes serdes = PipelineSerdes.avro(Map.of("schema.registry.url", "mock://sink-naming"));
    String description = new SinkTopology(serdes.decisions(), serdes.counts()).buildTopology().describe().toString();
    assertThat(description).contains("guideline-stats", "counts-by-guideline-repartition");
    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-", "STATE-STORE-");
  }
}
