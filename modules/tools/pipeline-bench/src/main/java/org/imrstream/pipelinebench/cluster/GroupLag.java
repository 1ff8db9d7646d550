package org.imrstream.pipelinebench.cluster;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group's committed offsets are behind the end of the partitions it reads. A
 * partition the group has committed nothing on yet is behind by its whole end offset.
 */
public final class GroupLag {

  private GroupLag() {}

  /**
   * @param endOffsets the end offset of every partition the group must read
   * @param committed the group's committed offsets (partitions it has not committed on are absent)
   * @return the records (and transaction markers) not yet committed, over all partitions
   */
  public static long of(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> committed) {
    long lag = 0;
    for (var end : endOffsets.entrySet()) {
      long done = committed.getOrDefault(end.getKey(), 0L);
      lag += Math.max(0, end.getValue() - done);
    }
    return lag;
  }
}
