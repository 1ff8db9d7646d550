package org.imrstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.Citation;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.Outcome;
import org.imrstream.avro.Patient;
import org.imrstream.avro.Provenance;
import org.imrstream.avro.Reviewer;
import org.imrstream.avro.Sex;
import org.imrstream.sink.stats.GuidelineTotals;
import org.imrstream.sink.stats.Tally;
import org.imrstream.testkit.TopologyHarness;
import org.imrstream.topics.PipelineTopics;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink topology on a TopologyTestDriver, with the real Avro serde over a fresh {@code mock://}
 * registry.
 */
class SinkTopologyTest {

  private static final String LOW_BACK = "MTUS: Low Back Complaints";
  private static final long DAY_MS = 86_400_000L;
  private static final Instant T0 = Instant.parse("2017-03-01T12:00:00Z");

  private final ObjectMapper json = new ObjectMapper();
  private TopologyHarness harness;
  private TestInputTopic<String, GuidelineOutcomeCounts> days;
  private TestInputTopic<String, DecisionEvent> decisions;
  private TestInputTopic<String, byte[]> rawCounts;
  private TestInputTopic<String, byte[]> rawDecisions;
  private TestOutputTopic<String, String> stats;
  private TestOutputTopic<String, String> decisionJson;
  private TestOutputTopic<byte[], byte[]> streamsDlq;

  @TempDir Path stateDir;

  @BeforeEach
  void start() {
    start(StreamsConfig.EXACTLY_ONCE_V2);
  }

  /**
   * (Re)starts the driver on a fresh registry with the real app's defaults and the given processing
   * guarantee.
   */
  private void start(String processingGuarantee) {
    if (harness != null) {
      harness.close();
    }
    // The same defaults as the real app: explicit naming enforced, log-and-continue into the
    // Streams DLQ.
    Properties props = TopologyHarness.props("sink-test");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    harness = TopologyHarness.start(SinkTopology::build, props);
    PipelineTopics topics = harness.topics();
    days = harness.input(topics.dailyCounts());
    decisions = harness.input(topics.decisions());
    rawCounts =
        harness
            .driver()
            .createInputTopic(
                Topics.DAILY_COUNTS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    rawDecisions =
        harness
            .driver()
            .createInputTopic(
                Topics.DECISIONS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    stats = harness.output(topics.dashboardStats());
    decisionJson = harness.output(topics.dashboardDecisions());
    streamsDlq =
        harness
            .driver()
            .createOutputTopic(
                Topics.STREAMS_DLQ,
                Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
  }

  /**
   * Records that cannot be deserialized are skipped and copied to the Streams DLQ. Under
   * exactly-once the test driver drops that DLQ copy (a real broker keeps it, in the same
   * transaction), so tests of it run at-least-once.
   */
  private void startAtLeastOnce() {
    start(StreamsConfig.AT_LEAST_ONCE);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private static GuidelineOutcomeCounts day(String guideline, String date, long up, long over) {
    Instant start =
        date == null ? null : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new GuidelineOutcomeCounts(
        guideline,
        CountScope.DAY,
        start,
        start == null ? null : start.plusMillis(DAY_MS),
        up,
        over,
        up + over);
  }

  private void pipeDay(String guideline, String date, long up, long over) {
    String key = date == null ? guideline + "@undated" : guideline + "@" + date;
    days.pipeInput(key, day(guideline, date, up, over), T0);
  }

  private JsonNode latestStats() throws IOException {
    List<KeyValue<String, String>> out = stats.readKeyValuesToList();
    assertThat(out).isNotEmpty();
    assertThat(out.get(out.size() - 1).key).isEqualTo(LOW_BACK);
    return json.readTree(out.get(out.size() - 1).value);
  }

  @Test
  void allTimeIsTheSumOfTheDaysAndTheUndatedBucketWithItsOverturnRate() throws IOException {
    pipeDay(LOW_BACK, "2017-01-10", 3, 1);
    pipeDay(LOW_BACK, "2017-02-01", 5, 1);
    pipeDay(LOW_BACK, null, 0, 2);

    List<KeyValue<String, String>> out = stats.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactly(LOW_BACK, LOW_BACK, LOW_BACK);
    JsonNode node = json.readTree(out.get(2).value);
    assertThat(node.get("guideline").asText()).isEqualTo(LOW_BACK);
    assertThat(node.at("/allTime/upheld").asLong()).isEqualTo(8);
    assertThat(node.at("/allTime/overturned").asLong()).isEqualTo(4);
    assertThat(node.at("/allTime/total").asLong()).isEqualTo(12);
    assertThat(node.at("/allTime/overturnRate").asDouble()).isEqualTo(4.0 / 12);
    assertThat(node.get("newestDecisionDate").asText())
        .as("the undated bucket has no date")
        .isEqualTo("2017-02-01");
  }

  @Test
  void aDaysNewTallyReplacesItsOldOneInTheTotalsNotAddsToIt() throws IOException {
    pipeDay(LOW_BACK, "2017-01-10", 1, 0);
    pipeDay(LOW_BACK, "2017-01-10", 2, 0);
    pipeDay(LOW_BACK, "2017-01-10", 2, 1);
    assertThat(latestStats().at("/allTime/total").asLong()).isEqualTo(3);

    // Every decision of the day retracted: the day leaves the store, the totals drop.
    pipeDay(LOW_BACK, "2017-01-10", 0, 0);
    JsonNode node = latestStats();
    assertThat(node.at("/allTime/total").asLong()).isZero();
    assertThat(node.at("/allTime/overturnRate").asDouble()).as("0, not NaN").isZero();
    KeyValueStore<String, Tally> dayStore =
        harness.driver().getKeyValueStore(SinkTopology.DAYS_STORE);
    assertThat(dayStore.get(LOW_BACK + "@2017-01-10")).isNull();
  }

  @Test
  void updatedAtIsWhenTheTotalsChangedNotTheDecisionDate() throws IOException {
    pipeDay(LOW_BACK, "2017-01-10", 1, 0);
    Instant first = Instant.parse(latestStats().get("updatedAt").asText());
    assertThat(first)
        .as("the time of processing, years after the decision")
        .isAfter(Instant.parse("2020-01-01T00:00:00Z"));

    harness.driver().advanceWallClockTime(Duration.ofMinutes(5));
    pipeDay(LOW_BACK, "2016-12-01", 1, 0);
    assertThat(Instant.parse(latestStats().get("updatedAt").asText()))
        .as("an older day counted later is a later change")
        .isAfterOrEqualTo(first.plusSeconds(300));
  }

  @Test
  void guidelinesAreFoldedApartFromTheirDayKeys() throws IOException {
    String knee = "ODG: Knee & Leg";
    pipeDay(LOW_BACK, "2017-02-01", 1, 1);
    pipeDay(knee, "2017-02-01", 4, 0);
    pipeDay(LOW_BACK, "2017-02-02", 0, 1);

    List<KeyValue<String, String>> out = stats.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactly(LOW_BACK, knee, LOW_BACK);
    assertThat(json.readTree(out.get(2).value).at("/allTime/total").asLong()).isEqualTo(3);
    assertThat(json.readTree(out.get(1).value).at("/allTime/overturnRate").asDouble()).isZero();
    KeyValueStore<String, GuidelineTotals> totals =
        harness.driver().getKeyValueStore(SinkTopology.TOTALS_STORE);
    assertThat(totals.get(knee).allTime()).isEqualTo(new Tally(4, 0));
  }

  @Test
  void unusableCountsAreSkippedAndTheStatsGoOn() throws IOException {
    startAtLeastOnce();
    pipeDay(LOW_BACK, "2017-02-01", 2, 2);
    days.pipeInput(LOW_BACK + "@2017-02-02", (GuidelineOutcomeCounts) null, T0);
    rawCounts.pipeInput(LOW_BACK + "@2017-02-03", "not avro".getBytes(StandardCharsets.UTF_8), T0);
    pipeDay(LOW_BACK, "2017-02-04", 0, 1);

    JsonNode node = latestStats();
    assertThat(node.at("/allTime/total").asLong()).isEqualTo(5);
    assertThat(node.get("newestDecisionDate").asText()).isEqualTo("2017-02-04");
    assertThat(streamsDlq.readRecordsToList())
        .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
        .containsExactly("not avro");
  }

  @Test
  void aDecisionBecomesAJsonObjectWithEveryField() throws IOException {
    DecisionEvent full =
        DecisionEvent.newBuilder()
            .setDecisionId("CM16-0213037#2")
            .setLetterId("CM16-0213037")
            .setCaseNumber("CM16-0213037")
            .setDecisionIndex(2)
            .setDecisionCount(3)
            .setDecisionDate(LocalDate.of(2016, 11, 7))
            .setItem("Physical therapy 2x4 lumbar spine")
            .setOriginalRequest("Physical therapy 3x4 lumbar spine")
            .setAuthorizedPortion("Physical therapy 1x4 lumbar spine")
            .setOutcome(Outcome.UPHELD)
            .setGuideline(LOW_BACK)
            .setGuidelineFamily(GuidelineFamily.MTUS)
            .setReviewerCitations(
                List.of(
                    Citation.newBuilder()
                        .setFamily(GuidelineFamily.MTUS)
                        .setDocument("Low Back Complaints")
                        .setYear(2009)
                        .setSections(List.of("Chapter 12"))
                        .setPages(List.of("298", "299"))
                        .setRaw("MTUS ACOEM Chapter 12, pages 298-299")
                        .build()))
            .setReviewer(
                Reviewer.newBuilder()
                    .setLicensureStates(List.of("California"))
                    .setSpecialties(List.of("Orthopedic Surgery", "Sports Medicine"))
                    .build())
            .setPatient(Patient.newBuilder().setAge(47).setSex(Sex.FEMALE).build())
            .setProvenance(
                Provenance.newBuilder()
                    .setRawTopic(Topics.RAW_LETTERS)
                    .setPartition(3)
                    .setOffset(1234L)
                    .setSourceName("CM16-0213037.pdf")
                    .setIngestionTime(T0)
                    .setParserVersion("1.4.0")
                    .build())
            .build();
    decisions.pipeInput("CM16-0213037#2", full, T0);

    TestRecord<String, String> record = decisionJson.readRecord();
    assertThat(record.key()).isEqualTo("CM16-0213037#2");
    JsonNode node = json.readTree(record.value());
    assertThat(node.get("decisionId").asText()).isEqualTo("CM16-0213037#2");
    assertThat(node.get("letterId").asText()).isEqualTo("CM16-0213037");
    assertThat(node.get("caseNumber").asText()).isEqualTo("CM16-0213037");
    assertThat(node.get("decisionIndex").asInt()).isEqualTo(2);
    assertThat(node.get("decisionDate").asText()).isEqualTo("2016-11-07");
    assertThat(node.get("item").asText()).isEqualTo("Physical therapy 2x4 lumbar spine");
    assertThat(node.get("outcome").asText()).isEqualTo("UPHELD");
    assertThat(node.get("guideline").asText()).isEqualTo(LOW_BACK);
    assertThat(node.get("guidelineFamily").asText()).isEqualTo("MTUS");
    assertThat(node.get("originalRequest").asText()).isEqualTo("Physical therapy 3x4 lumbar spine");
    assertThat(node.get("authorizedPortion").asText())
        .isEqualTo("Physical therapy 1x4 lumbar spine");
    assertThat(node.at("/citations/0/family").asText()).isEqualTo("MTUS");
    assertThat(node.at("/citations/0/document").asText()).isEqualTo("Low Back Complaints");
    assertThat(node.at("/citations/0/year").asInt()).isEqualTo(2009);
    assertThat(node.at("/citations/0/sections").toString()).isEqualTo("[\"Chapter 12\"]");
    assertThat(node.at("/citations/0/pages").toString()).isEqualTo("[\"298\",\"299\"]");
    assertThat(node.at("/reviewer/licensureStates").toString()).isEqualTo("[\"California\"]");
    assertThat(node.at("/reviewer/specialties").toString())
        .isEqualTo("[\"Orthopedic Surgery\",\"Sports Medicine\"]");
    assertThat(node.at("/patient/age").asInt()).isEqualTo(47);
    assertThat(node.at("/patient/sex").asText()).isEqualTo("FEMALE");
    assertThat(node.at("/provenance/rawTopic").asText()).isEqualTo(Topics.RAW_LETTERS);
    assertThat(node.at("/provenance/partition").asInt()).isEqualTo(3);
    assertThat(node.at("/provenance/offset").asLong()).isEqualTo(1234L);
    assertThat(node.at("/provenance/parserVersion").asText()).isEqualTo("1.4.0");
    // Plain JSON: no Avro union wrappers such as {"string": ...} anywhere.
    assertThat(record.value()).doesNotContain("{\"string\"", "{\"int\"");
  }

  @Test
  void aDecisionWithoutItsOptionalPartsKeepsTheSameShapeWithNullsAndATombstonePassesThrough()
      throws IOException {
    DecisionEvent minimal =
        DecisionEvent.newBuilder()
            .setDecisionId("CM17-0000001#1")
            .setLetterId("CM17-0000001")
            .setDecisionIndex(1)
            .setDecisionCount(1)
            .setItem("Cane")
            .setOutcome(Outcome.OVERTURNED)
            .setGuideline("NONE")
            .setGuidelineFamily(GuidelineFamily.NONE)
            .setReviewerCitations(
                List.of(Citation.newBuilder().setFamily(GuidelineFamily.OTHER).setRaw("?").build()))
            .build();
    decisions.pipeInput("CM17-0000001#1", minimal, T0);
    decisions.pipeInput("CM17-0000001#1", (DecisionEvent) null, T0);

    List<KeyValue<String, String>> out = decisionJson.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactly("CM17-0000001#1", "CM17-0000001#1");
    JsonNode node = json.readTree(out.get(0).value);
    assertThat(node.get("decisionId").asText()).isEqualTo("CM17-0000001#1");
    assertThat(node.get("outcome").asText()).isEqualTo("OVERTURNED");
    for (String nullable :
        List.of(
            "/caseNumber",
            "/decisionDate",
            "/originalRequest",
            "/authorizedPortion",
            "/patient/age",
            "/patient/sex",
            "/provenance",
            "/citations/0/document",
            "/citations/0/year")) {
      assertThat(node.at(nullable).isNull()).as(nullable + " is present and null").isTrue();
    }
    assertThat(node.at("/reviewer/licensureStates").isArray()).isTrue();
    assertThat(node.at("/reviewer/licensureStates")).isEmpty();
    assertThat(node.at("/reviewer/specialties")).isEmpty();
    assertThat(node.at("/citations/0/pages")).isEmpty();
    assertThat(out.get(1).value).as("a retraction stays a tombstone").isNull();
  }

  @Test
  void anUnreadableDecisionGoesToTheStreamsDeadLetterQueueAndTheNextIsWritten() {
    startAtLeastOnce();
    rawDecisions.pipeInput("CM17-0000002#1", new byte[] {0, 0, 0, 0, 42, 1, 2}, T0);
    decisions.pipeInput(
        "CM17-0000003#1",
        DecisionEvent.newBuilder()
            .setDecisionId("CM17-0000003#1")
            .setLetterId("CM17-0000003")
            .setDecisionIndex(1)
            .setDecisionCount(1)
            .setItem("MRI")
            .setOutcome(Outcome.UPHELD)
            .setGuideline(LOW_BACK)
            .setGuidelineFamily(GuidelineFamily.MTUS)
            .build(),
        T0);

    assertThat(decisionJson.readKeyValuesToList())
        .extracting(kv -> kv.key)
        .containsExactly("CM17-0000003#1");
    List<TestRecord<byte[], byte[]>> dead = streamsDlq.readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("CM17-0000002#1");
  }

  @Test
  void unreadableRecordsAreNotFatalUnderExactlyOnce() throws IOException {
    rawDecisions.pipeInput("CM17-0000002#1", "garbage".getBytes(StandardCharsets.UTF_8), T0);
    rawCounts.pipeInput(LOW_BACK + "@x", "garbage".getBytes(StandardCharsets.UTF_8), T0);
    decisions.pipeInput("CM17-0000003#1", (DecisionEvent) null, T0);
    pipeDay(LOW_BACK, "2017-02-01", 1, 0);

    assertThat(decisionJson.readKeyValuesToList())
        .extracting(kv -> kv.key)
        .containsExactly("CM17-0000003#1");
    assertThat(latestStats().at("/allTime/total").asLong()).isEqualTo(1);
  }

  @Test
  void everyNodeStoreAndInternalTopicIsNamed() {
    TopologyDescription description =
        SinkTopology.build(TopologyHarness.props("naming")).describe();
    String text = description.toString();
    // Generated names (KSTREAM-MAPVALUES-0000000007, ...) shift when the topology changes, and with
    // them state.
    assertThat(text).doesNotContain("KSTREAM-", "KTABLE-");
    assertThat(text)
        .contains(
            SinkTopology.DAYS_STORE,
            SinkTopology.TOTALS_STORE,
            Topics.DAILY_COUNTS,
            Topics.DASHBOARD_GUIDELINE_STATS,
            Topics.DASHBOARD_DECISIONS);
    assertThat(text)
        .as("daily counts put a guideline in one partition: no repartition")
        .doesNotContain("repartition");
  }
}
