package org.imrstream.pipeline.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.topics.Topics;
import org.imrstream.topics.WindowKeys;
import org.junit.jupiter.api.Test;

/**
 * A guideline's window counts go where the producer puts its all-time counts, so the sink needs no
 * repartition.
 */
class ByGuidelinePartitionerTest {

  private static final List<String> GUIDELINES =
      List.of(
          "MTUS: Low Back Complaints",
          "MTUS: Chronic Pain Medical Treatment Guidelines",
          "ODG: Knee & Leg",
          "ODG: Pain (Chronic)",
          "NONE",
          "ACOEM: Occupational Medicine Practice Guidelines, 2nd Edition");

  @Test
  void aWindowOfAGuidelineLandsInThePartitionOfItsAllTimeCounts() {
    Instant start = Instant.parse("2017-02-01T00:00:00Z");
    try (StringSerializer keys = new StringSerializer()) {
      for (int partitions : new int[] {1, 3, 6, 12}) {
        for (String guideline : GUIDELINES) {
          int allTime =
              BuiltInPartitioner.partitionForKey(
                  keys.serialize(Topics.GUIDELINE_COUNTS, guideline), partitions);
          GuidelineOutcomeCounts window =
              new GuidelineOutcomeCounts(
                  guideline, CountScope.WINDOW, start, start.plusSeconds(30 * 86_400L), 1L, 0L, 1L);
          Optional<Set<Integer>> chosen =
              new ByGuidelinePartitioner()
                  .partitions(
                      Topics.WINDOW_COUNTS, WindowKeys.of(guideline, start), window, partitions);
          assertThat(chosen)
              .as("%s over %d partitions", guideline, partitions)
              .contains(Set.of(allTime));
        }
      }
    }
  }
}
