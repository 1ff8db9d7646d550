package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.generator.GeneratedLetter;
import org.imrstream.generator.LetterGenerator;
import org.junit.jupiter.api.Test;

/**
 * Replaying the raw topic gives the same results: the same letters, in another order and at other
 * processing times, yield the same all-time and windowed counts, because event time is the letter's
 * decision date.
 */
class ReplayTest {

  @Test
  void aReplayInAnotherOrderAtAnotherTimeYieldsTheSameCounts() {
    LetterGenerator generator = new LetterGenerator(11);
    List<GeneratedLetter> letters = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      letters.add(generator.next());
    }
    Map<String, String> first = run(letters, Instant.parse("2020-01-01T00:00:00Z"));
    List<GeneratedLetter> shuffled = new ArrayList<>(letters);
    Collections.shuffle(shuffled, new Random(3));
    Map<String, String> replay = run(shuffled, Instant.parse("2025-06-30T12:00:00Z"));

    assertThat(first).isNotEmpty();
    assertThat(replay).isEqualTo(first);
  }

  /** The final counts by key (all-time and every window), as "upheld/overturned/total". */
  private static Map<String, String> run(List<GeneratedLetter> letters, Instant receivedFrom) {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      Instant received = receivedFrom;
      for (GeneratedLetter letter : letters) {
        t.send(letter.caseNumber(), letter.text().getBytes(StandardCharsets.UTF_8), received);
        received = received.plusSeconds(37);
      }
      Map<String, String> counts = new TreeMap<>();
      List<TestRecord<String, GuidelineOutcomeCounts>> records =
          new ArrayList<>(t.counts.readRecordsToList());
      records.addAll(t.windowCounts.readRecordsToList());
      for (var record : records) {
        GuidelineOutcomeCounts c = record.value();
        counts.put(record.key(), c.getUpheld() + "/" + c.getOverturned() + "/" + c.getTotal());
      }
      assertThat(t.deadLetters.isEmpty()).isTrue();
      return counts;
    }
  }
}
