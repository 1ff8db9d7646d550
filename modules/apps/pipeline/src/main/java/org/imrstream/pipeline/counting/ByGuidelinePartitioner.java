package org.imrstream.pipeline.counting;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.imrstream.avro.GuidelineOutcomeCounts;

/**
 * Puts a day's counts (key {@code guideline@day}) in the partition its guideline's all-time counts
 * go to (key {@code guideline}, Kafka's default partitioner: murmur2 of the key's UTF-8 bytes).
 * With the two counts topics at the same partition count, a consumer of both finds everything about
 * one guideline in one partition, and the sink folds them without a repartition.
 */
public final class ByGuidelinePartitioner
    implements StreamPartitioner<String, GuidelineOutcomeCounts> {

  @Override
  public Optional<Set<Integer>> partitions(
      String topic, String key, GuidelineOutcomeCounts counts, int numPartitions) {
    return Optional.of(Set.of(partition(counts.getGuideline(), numPartitions)));
  }

  /** The partition Kafka's default partitioner gives a record keyed by {@code guideline}. */
  public static int partition(String guideline, int numPartitions) {
    return Utils.toPositive(Utils.murmur2(guideline.getBytes(StandardCharsets.UTF_8)))
        % numPartitions;
  }
}
