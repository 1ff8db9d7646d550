package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateCause;
import org.imrstream.avro.LateDecision;
import org.imrstream.generator.GeneratedLetter;
import org.imrstream.generator.LetterGenerator;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.testkit.TestLetters;
import org.junit.jupiter.api.Test;

/**
 * Replaying the raw topic gives the same results: the same letters, in another order and at other
 * processing times, yield the same all-time and daily counts and the same late decisions, because
 * event time is a date the letter states and days never close.
 */
class ReplayTest {

  @Test
  void aReplayInAnotherOrderAtAnotherTimeYieldsTheSameCounts() {
    List<byte[]> letters = generated(80, 11);
    Outputs first = run(letters, Instant.parse("2020-01-01T00:00:00Z"));
    List<byte[]> shuffled = new ArrayList<>(letters);
    Collections.shuffle(shuffled, new Random(3));
    Outputs replay = run(shuffled, Instant.parse("2025-06-30T12:00:00Z"));

    assertThat(first.counts()).isNotEmpty();
    assertThat(replay.counts()).isEqualTo(first.counts());
  }

  /**
   * Undated letters first, received in 2020, then the same letters shuffled with the undated ones
   * last, received in 2031. Under a rule that fell back to the record timestamp the first order
   * would have moved stream time to 2020 before any history, the second to 2031 after it, with a
   * decade of grace turning the 2015-2017 decisions late in one order only.
   */
  @Test
  void theSameLettersInTwoOrdersGiveIdenticalDailyCountsAndIdenticalLateRecords()
      throws IOException {
    List<byte[]> undated = undated();
    List<byte[]> dated = generated(120, 17);
    dated.add(
        HeaderLetters.letter(
            "CM16-0000901",
            "Date Assigned: 11/28/2016\n",
            TestLetters.CHRONIC_PAIN,
            new String[] {"Opioids"},
            new String[] {"Overturned"}));
    dated.add(
        HeaderLetters.letter(
            "CM15-0000902",
            "UR Denial Date: 03/02/2015\n",
            TestLetters.LOW_BACK,
            new String[] {"Lumbar brace"},
            new String[] {"Upheld"}));

    List<byte[]> undatedFirst = new ArrayList<>(undated);
    undatedFirst.addAll(dated);
    List<byte[]> undatedLast = new ArrayList<>(dated);
    Collections.shuffle(undatedLast, new Random(5));
    undatedLast.addAll(undated);

    Outputs first = run(undatedFirst, Instant.parse("2020-01-01T00:00:00Z"));
    Outputs second = run(undatedLast, Instant.parse("2031-06-30T12:00:00Z"));

    assertThat(second.counts()).as("all-time and daily counts").isEqualTo(first.counts());
    assertThat(first.lates()).as("one record per undated decision").hasSizeGreaterThan(5);
    assertThat(second.lates()).isEqualTo(first.lates());
    assertThat(first.lates().values()).allMatch(late -> late.getCause() == LateCause.UNDATED);
    assertThat(first.counts().keySet())
        .as("no day near 1970, 2020 or 2031")
        .allMatch(key -> !key.contains("@") || key.matches(".*@(201[4-7]-.*|undated)"));
  }

  /** The final counts and late decisions of one run over {@code letters}, in that order. */
  private record Outputs(Map<String, String> counts, Map<String, LateDecision> lates) {}

  private static Outputs run(List<byte[]> letters, Instant receivedFrom) {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      Instant received = receivedFrom;
      for (byte[] letter : letters) {
        t.send(null, letter, received);
        received = received.plusSeconds(37);
      }
      Map<String, String> counts = new TreeMap<>();
      List<TestRecord<String, GuidelineOutcomeCounts>> records =
          new ArrayList<>(t.counts.readRecordsToList());
      records.addAll(t.dailyCounts.readRecordsToList());
      for (var record : records) {
        GuidelineOutcomeCounts c = record.value();
        counts.put(record.key(), c.getUpheld() + "/" + c.getOverturned() + "/" + c.getTotal());
      }
      Map<String, LateDecision> lates = new TreeMap<>();
      for (TestRecord<String, LateDecision> record : t.lateDecisions.readRecordsToList()) {
        assertThat(lates).as("one late record per decision").doesNotContainKey(record.key());
        lates.put(record.key(), comparable(record.value()));
      }
      assertThat(t.deadLetters.isEmpty()).isTrue();
      return new Outputs(counts, lates);
    }
  }

  /**
   * A late record without what differs between two publications of the same letters by design:
   * where each letter sits on the raw topic (the order they were published in) and the processing
   * clock.
   */
  private static LateDecision comparable(LateDecision late) {
    return LateDecision.newBuilder(late).setOffset(0).setDetectedAt(Instant.EPOCH).build();
  }

  private static List<byte[]> generated(int count, long seed) {
    LetterGenerator generator = new LetterGenerator(seed);
    List<byte[]> letters = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      GeneratedLetter letter = generator.next();
      letters.add(letter.text().getBytes(StandardCharsets.UTF_8));
    }
    return letters;
  }

  /** Letters that state no date: our own, and the corpus's seeds when the corpus is there. */
  private static List<byte[]> undated() throws IOException {
    List<byte[]> letters = new ArrayList<>();
    letters.add(HeaderLetters.undated(null, "Lumbar MRI", "Upheld"));
    letters.add(HeaderLetters.undated(null, "Cervical MRI", "Overturned"));
    letters.add(HeaderLetters.undated("CM17-0000903", "Lumbar brace", "Upheld"));
    letters.add(
        HeaderLetters.letter(
            "CM17-0000904",
            "Date of Injury: 04/05/2011\n",
            TestLetters.CHRONIC_PAIN,
            new String[] {"Opioids", "Acupuncture"},
            new String[] {"Upheld", "Overturned"}));
    var corpus = SharedCorpus.locate();
    if (corpus.isPresent()) {
      try (Stream<Path> seeds = Files.list(corpus.get().resolve("seeds"))) {
        for (Path seed : seeds.sorted().toList()) {
          letters.add(Files.readAllBytes(seed));
        }
      }
    }
    return letters;
  }
}
