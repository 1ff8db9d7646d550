package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrstream.testkit.TestLetters.CHRONIC_PAIN;
import static org.imrstream.testkit.TestLetters.LOW_BACK;
import static org.imrstream.testkit.TestLetters.letter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateCause;
import org.imrstream.avro.LateDecision;
import org.imrstream.avro.Outcome;
import org.imrstream.avro.ParseFailure;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/**
 * The topology step by step, on TopologyTestDriver with the real Avro serde over a mock://
 * registry.
 */
class PipelineTopologyTest {

  private static final String[] ONE = {"Lumbar MRI"};
  private static final String[] UPHELD = {"Upheld"};

  @Test
  void parsesARealLetterIntoOneEventPerDecision() throws IOException {
    Path pdf = SharedCorpus.require().resolve("letters/CM16-0230651.pdf");
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      RecordHeaders headers = new RecordHeaders();
      headers.add(Topics.HEADER_SOURCE_NAME, "CM16-0230651.pdf".getBytes(StandardCharsets.UTF_8));
      headers.add(Topics.HEADER_CONTENT_TYPE, "application/pdf".getBytes(StandardCharsets.UTF_8));
      t.raw.pipeInput(
          new TestRecord<>(
              "CM16-0230651",
              Files.readAllBytes(pdf),
              headers,
              Instant.parse("2024-05-05T10:00:00Z")));

      List<TestRecord<String, DecisionEvent>> events = t.decisions.readRecordsToList();
      assertThat(events).hasSize(10);
      assertThat(events).extracting(TestRecord::key).startsWith("CM16-0230651#1", "CM16-0230651#2");
      DecisionEvent first = events.get(0).value();
      assertThat(first.getItem()).isEqualTo("EMG/NCV of the lower extremities");
      assertThat(first.getOutcome()).isEqualTo(Outcome.UPHELD);
      assertThat(first.getGuideline()).isEqualTo("MTUS: Chronic Pain Medical Treatment Guidelines");
      assertThat(first.getDecisionDate()).isEqualTo(LocalDate.of(2017, 1, 9));
      assertThat(first.getDecisionCount()).isEqualTo(10);
      assertThat(first.getReviewer().getLicensureStates())
          .containsExactly("California", "Washington");
      assertThat(first.getProvenance().getRawTopic()).isEqualTo(Topics.RAW_LETTERS);
      assertThat(first.getProvenance().getOffset()).isZero();
      assertThat(first.getProvenance().getSourceName()).isEqualTo("CM16-0230651.pdf");
      assertThat(first.getProvenance().getContentSha256()).hasSize(64);
      assertThat(events.get(9).value().getOriginalRequest())
          .isEqualTo("Physical therapy to the low back eight sessions");
      assertThat(t.deadLetters.isEmpty()).isTrue();

      Map<String, GuidelineOutcomeCounts> allTime = t.allTime(t.counts.readRecordsToList());
      assertThat(allTime.values().stream().mapToLong(GuidelineOutcomeCounts::getTotal).sum())
          .isEqualTo(10);
    }
  }

  @Test
  void unparseableLetterGoesToTheDeadLetterTopicWithReasonAndOriginalBytes() {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x01, 0x02};
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("bad-1", garbage);
      t.send("memo-1", "A memo about parking.".getBytes(StandardCharsets.UTF_8));

      List<TestRecord<String, ParseFailure>> dead = t.deadLetters.readRecordsToList();
      // Keyed by the letter's own identity (no case number here: the SHA-256 of its bytes), not the
      // record key.
      assertThat(dead)
          .extracting(TestRecord::key)
          .containsExactly(
              LetterIdentity.sha256(garbage),
              LetterIdentity.sha256("A memo about parking.".getBytes(StandardCharsets.UTF_8)));
      ParseFailure first = dead.get(0).value();
      assertThat(first.getReasonCode()).isEqualTo("NOT_TEXT");
      assertThat(first.getReason()).contains("UTF-8");
      assertThat(first.getOriginalBytes().array()).isEqualTo(garbage);
      assertThat(first.getOriginalSize()).isEqualTo(garbage.length);
      assertThat(first.getOriginalTruncated()).isFalse();
      assertThat(first.getRawTopic()).isEqualTo(Topics.RAW_LETTERS);
      assertThat(first.getOffset()).isZero();
      assertThat(dead.get(1).value().getReasonCode()).isEqualTo("UNKNOWN_LAYOUT");
      assertThat(dead.get(1).value().getOffset()).isEqualTo(1);
      assertThat(t.decisions.isEmpty()).isTrue();
      assertThat(t.counts.isEmpty()).isTrue();
    }
  }

  @Test
  void theSameLetterSentTwiceIsCountedOnce() {
    byte[] letter = letter("CM17-0000001", LocalDate.of(2017, 2, 1), LOW_BACK, ONE, UPHELD);
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("CM17-0000001", letter);
      t.send("CM17-0000001", letter.clone());

      assertThat(t.decisions.readRecordsToList()).hasSize(1);
      Map<String, GuidelineOutcomeCounts> allTime = t.allTime(t.counts.readRecordsToList());
      assertThat(allTime.get("MTUS: Low Back Complaints").getTotal()).isEqualTo(1);
      assertThat(t.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void aLetterResentUnderOtherKeysOrNoneIsTheSameLetter() {
    byte[] letter = letter("CM17-0000011", LocalDate.of(2017, 2, 1), LOW_BACK, ONE, UPHELD);
    byte[] amended =
        letter(
            "CM17-0000011", LocalDate.of(2017, 2, 1), LOW_BACK, ONE, new String[] {"Overturned"});
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("kcat-pdf-1", letter);
      t.send("kcat-pdf-2", letter.clone());
      t.send(null, letter.clone());
      t.send("another-client", amended);

      List<TestRecord<String, DecisionEvent>> events = t.decisions.readRecordsToList();
      assertThat(events)
          .extracting(TestRecord::key)
          .containsExactly("CM17-0000011#1", "CM17-0000011#1");
      assertThat(events.get(1).value().getOutcome())
          .as("the amendment, recognised across keys")
          .isEqualTo(Outcome.OVERTURNED);
      GuidelineOutcomeCounts lowBack =
          t.allTime(t.counts.readRecordsToList()).get("MTUS: Low Back Complaints");
      assertThat(lowBack.getTotal()).isEqualTo(1);
      assertThat(lowBack.getOverturned()).isEqualTo(1);
      assertThat(events.get(0).value().getProvenance().getRawTopic())
          .as("provenance is the raw topic, " + "not the internal repartition topic")
          .isEqualTo(Topics.RAW_LETTERS);
      assertThat(events.get(1).value().getProvenance().getOffset()).isEqualTo(3);
    }
  }

  @Test
  void anAmendedLetterReplacesTheEarlierVersionInTheAllTimeCounts() {
    byte[] first =
        letter(
            "CM17-0000002",
            LocalDate.of(2017, 2, 1),
            LOW_BACK,
            new String[] {"Lumbar MRI", "Lumbar brace"},
            new String[] {"Upheld", "Upheld"});
    byte[] amended =
        letter(
            "CM17-0000002",
            LocalDate.of(2017, 2, 1),
            CHRONIC_PAIN,
            new String[] {"Lumbar MRI"},
            new String[] {"Overturned"});
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("CM17-0000002", first);
      t.send("CM17-0000002", amended);

      List<TestRecord<String, DecisionEvent>> events = t.decisions.readRecordsToList();
      assertThat(events)
          .extracting(TestRecord::key)
          .containsExactly("CM17-0000002#1", "CM17-0000002#2", "CM17-0000002#2", "CM17-0000002#1");
      assertThat(events.get(2).value()).as("decision #2 is retracted with a tombstone").isNull();
      assertThat(events.get(3).value().getOutcome()).isEqualTo(Outcome.OVERTURNED);

      Map<String, GuidelineOutcomeCounts> allTime = t.allTime(t.counts.readRecordsToList());
      assertThat(allTime.get("MTUS: Low Back Complaints").getTotal()).isZero();
      assertThat(allTime.get("MTUS: Chronic Pain Medical Treatment Guidelines").getOverturned())
          .isEqualTo(1);
      assertThat(allTime.get("MTUS: Chronic Pain Medical Treatment Guidelines").getUpheld())
          .isZero();
      Map<String, GuidelineOutcomeCounts> days = t.days(t.dailyCounts.readRecordsToList());
      assertThat(days.get("MTUS: Low Back Complaints@2017-02-01").getTotal())
          .as("the retraction also leaves its day")
          .isZero();
    }
  }

  @Test
  void eventTimeIsTheDecisionDateElseAnotherDateTheLetterStatesNeverTheRecordTimestamp() {
    Instant received = Instant.parse("2031-06-15T08:30:00Z");
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(
          "CM17-0000003",
          letter("CM17-0000003", LocalDate.of(2017, 3, 9), LOW_BACK, ONE, UPHELD),
          received);
      t.send(
          "CM17-0000004",
          HeaderLetters.letter(
              "CM17-0000004",
              "Date Assigned: 02/10/2017 Application Received: 02/01/2017\n",
              LOW_BACK,
              ONE,
              UPHELD),
          received);
      t.send(
          "CM17-0000005",
          HeaderLetters.letter(
              "CM17-0000005",
              "UR Denial Date: 01/12/2017 Date of Injury: 03/04/2009\n",
              LOW_BACK,
              ONE,
              UPHELD),
          received);

      List<TestRecord<String, DecisionEvent>> events = t.decisions.readRecordsToList();
      assertThat(events)
          .extracting(TestRecord::getRecordTime)
          .as("decision date; date assigned; UR denial date (never the injury, never 'received')")
          .containsExactly(
              Instant.parse("2017-03-09T00:00:00Z"),
              Instant.parse("2017-02-10T00:00:00Z"),
              Instant.parse("2017-01-12T00:00:00Z"));
      assertThat(t.lateDecisions.isEmpty()).isTrue();
    }
  }

  @Test
  void aLetterWithOneUnreadableDecisionIsDeadLetteredWholeWithItsHeaderAndTheDecisionNamed() {
    String text =
        new String(
            letter(
                "CM17-0000050",
                LocalDate.of(2017, 4, 3),
                LOW_BACK,
                new String[] {"Lumbar brace", "Tramadol 50mg #60"},
                new String[] {"Upheld", "Overturned"}),
            StandardCharsets.UTF_8);
    byte[] broken =
        text.replace("Tramadol 50mg #60: Overturned", "Tramadol 50mg #60:")
            .getBytes(StandardCharsets.UTF_8);
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("CM17-0000050", broken);

      assertThat(t.decisions.isEmpty()).as("no partial letter is a result").isTrue();
      ParseFailure dead = t.deadLetters.readValue();
      assertThat(dead.getReasonCode()).isEqualTo("MALFORMED_DECISION");
      assertThat(dead.getReason()).contains("decision 2");
      assertThat(dead.getCaseNumber()).isEqualTo("CM17-0000050");
      assertThat(dead.getDecisionDate()).isEqualTo(LocalDate.of(2017, 4, 3));
      assertThat(dead.getUnreadableDecision()).isEqualTo(2);
      assertThat(dead.getOriginalBytes().array()).isEqualTo(broken);
    }
  }

  @Test
  void anUndatedDecisionIsCountedAllTimeAndUndatedRecordedAsUndatedAndInNoDay() {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(
          "CM17-0000030", letter("CM17-0000030", LocalDate.of(2017, 6, 1), LOW_BACK, ONE, UPHELD));
      // Received "today": under the old rule its event time, a decade past the history.
      t.send(null, HeaderLetters.undated(null, "Lumbar MRI", "Overturned"), Instant.now());
      t.send(
          "CM17-0000031", letter("CM17-0000031", LocalDate.of(2017, 5, 20), LOW_BACK, ONE, UPHELD));

      List<TestRecord<String, DecisionEvent>> events = t.decisions.readRecordsToList();
      assertThat(events).hasSize(3);
      String undatedId = events.get(1).key();
      assertThat(events.get(1).getRecordTime())
          .as("an undated decision's records carry the earliest timestamp")
          .isEqualTo(Instant.EPOCH);
      assertThat(events.get(1).value().getDecisionDate()).isNull();

      List<TestRecord<String, LateDecision>> lates = t.lateDecisions.readRecordsToList();
      assertThat(lates).as("only the undated one").hasSize(1);
      assertThat(lates.get(0).key()).isEqualTo(undatedId);
      LateDecision late = lates.get(0).value();
      assertThat(late.getCause()).isEqualTo(LateCause.UNDATED);
      assertThat(late.getEventTime()).isEqualTo(Instant.EPOCH);
      assertThat(late.getStreamTime()).as("not consulted").isEqualTo(Instant.EPOCH);
      assertThat(late.getOutcome()).isEqualTo("OVERTURNED");
      assertThat(late.getChange()).isEqualTo(1);
      assertThat(late.getOffset()).isEqualTo(1);
      assertThat(late.getReason()).contains(undatedId).contains("states no decision date");

      assertThat(t.allTime(t.counts.readRecordsToList()).get("MTUS: Low Back Complaints"))
          .satisfies(c -> assertThat(c.getUpheld()).isEqualTo(2))
          .satisfies(c -> assertThat(c.getOverturned()).as("the undated one").isEqualTo(1));
      Map<String, GuidelineOutcomeCounts> days = t.days(t.dailyCounts.readRecordsToList());
      assertThat(days.keySet())
          .as("two days and the undated bucket; nothing near 1970 or today")
          .containsExactlyInAnyOrder(
              "MTUS: Low Back Complaints@2017-06-01",
              "MTUS: Low Back Complaints@2017-05-20",
              "MTUS: Low Back Complaints@undated");
      GuidelineOutcomeCounts undated = days.get("MTUS: Low Back Complaints@undated");
      assertThat(undated.getOverturned()).isEqualTo(1);
      assertThat(undated.getWindowStart()).isNull();
      assertThat(undated.getWindowEnd()).isNull();
      assertThat(t.driver.metrics().entrySet())
          .anySatisfy(
              e -> {
                assertThat(e.getKey().name()).isEqualTo("decisions-undated-total");
                assertThat((Double) e.getValue().metricValue()).isEqualTo(1.0);
              });
    }
  }

  @Test
  void anAmendmentOfAnUndatedLetterMovesItsDecisionFromTheUndatedBucketToItsDay() {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send("CM17-0000040", HeaderLetters.undated("CM17-0000040", "Lumbar MRI", "Upheld"));
      t.send(
          "CM17-0000040", letter("CM17-0000040", LocalDate.of(2017, 2, 1), LOW_BACK, ONE, UPHELD));

      List<TestRecord<String, LateDecision>> lates = t.lateDecisions.readRecordsToList();
      assertThat(lates)
          .extracting(r -> r.value().getChange() + " " + r.value().getCause())
          .containsExactly("1 UNDATED", "-1 UNDATED");
      assertThat(
              t.allTime(t.counts.readRecordsToList()).get("MTUS: Low Back Complaints").getTotal())
          .isEqualTo(1);
      Map<String, GuidelineOutcomeCounts> days = t.days(t.dailyCounts.readRecordsToList());
      assertThat(days.get("MTUS: Low Back Complaints@2017-02-01").getTotal()).isEqualTo(1);
      assertThat(days.get("MTUS: Low Back Complaints@undated").getTotal()).isZero();
      assertThat(days).hasSize(2);
    }
  }

  @Test
  void dailyCountsCountEachDecisionOnceInTheDayOfItsEventTime() {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(
          "CM17-0000010", letter("CM17-0000010", LocalDate.of(2017, 1, 10), LOW_BACK, ONE, UPHELD));
      t.send(
          "CM17-0000011",
          letter(
              "CM17-0000011",
              LocalDate.of(2017, 1, 10),
              LOW_BACK,
              ONE,
              new String[] {"Overturned"}));
      t.send(
          "CM17-0000012", letter("CM17-0000012", LocalDate.of(2017, 3, 1), LOW_BACK, ONE, UPHELD));

      assertThat(t.allTime(t.counts.readRecordsToList()).keySet())
          .as("one key shape per topic")
          .containsExactly("MTUS: Low Back Complaints");
      List<TestRecord<String, GuidelineOutcomeCounts>> records = t.dailyCounts.readRecordsToList();
      assertThat(records).as("one record per decision, not one per window").hasSize(3);
      Map<String, GuidelineOutcomeCounts> days = t.days(records);
      GuidelineOutcomeCounts both = days.get("MTUS: Low Back Complaints@2017-01-10");
      assertThat(both.getUpheld()).isEqualTo(1);
      assertThat(both.getOverturned()).isEqualTo(1);
      assertThat(both.getTotal()).isEqualTo(2);
      assertThat(both.getGuideline()).isEqualTo("MTUS: Low Back Complaints");
      assertThat(both.getWindowStart()).isEqualTo(Instant.parse("2017-01-10T00:00:00Z"));
      assertThat(both.getWindowEnd()).isEqualTo(Instant.parse("2017-01-11T00:00:00Z"));
      assertThat(days.get("MTUS: Low Back Complaints@2017-03-01").getTotal()).isEqualTo(1);
      assertThat(records.get(2).getRecordTime())
          .as("a day's record carries its decision's event time")
          .isEqualTo(Instant.parse("2017-03-01T00:00:00Z"));
    }
  }

  @Test
  void aDecisionYearsOlderThanEverythingBeforeItIsStillCountedInItsDay() {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(
          "CM17-0000020", letter("CM17-0000020", LocalDate.of(2017, 6, 1), LOW_BACK, ONE, UPHELD));
      t.send(
          "CM17-0000021", letter("CM17-0000021", LocalDate.of(2009, 1, 1), LOW_BACK, ONE, UPHELD));

      assertThat(t.deadLetters.isEmpty()).isTrue();
      assertThat(t.lateDecisions.isEmpty()).as("nothing closes: no decision is late").isTrue();
      assertThat(t.days(t.dailyCounts.readRecordsToList()))
          .containsKeys(
              "MTUS: Low Back Complaints@2017-06-01", "MTUS: Low Back Complaints@2009-01-01");
      assertThat(
              t.allTime(t.counts.readRecordsToList()).get("MTUS: Low Back Complaints").getTotal())
          .isEqualTo(2);
    }
  }
}
