package org.imrstream.pipeline.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.topics.DayKeys;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/**
 * A guideline's daily counts go where the producer puts its all-time counts, so the sink needs no
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
  void aDayOfAGuidelineLandsInThePartitionOfItsAllTimeCounts() {
    Instant start = Instant.parse("2017-02-01T00:00:00Z");
    try (StringSerializer keys = new StringSerializer()) {
      for (int partitions : new int[] {1, 3, 6, 12}) {
        for (String guideline : GUIDELINES) {
          int allTime =
              BuiltInPartitioner.partitionForKey(
                  keys.serialize(Topics.GUIDELINE_COUNTS, guideline), partitions);
          GuidelineOutcomeCounts day =
              new GuidelineOutcomeCounts(
                  guideline, CountScope.DAY, start, start.plusSeconds(86_400L), 1L, 0L, 1L);
          Optional<Set<Integer>> chosen =
              new ByGuidelinePartitioner()
                  .partitions(
                      Topics.DAILY_COUNTS,
                      DayKeys.of(guideline, LocalDate.of(2017, 2, 1)),
                      day,
                      partitions);
          assertThat(chosen)
              .as("%s over %d partitions", guideline, partitions)
              .contains(Set.of(allTime));
        }
      }
    }
  }
}
