package org.imrstream.pipelinebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class GroupLagTest {

  private static final TopicPartition RAW_0 = new TopicPartition("raw", 0);
  private static final TopicPartition RAW_1 = new TopicPartition("raw", 1);
  private static final TopicPartition REPARTITION_0 =
      new TopicPartition("app-by-id-repartition", 0);

  @Test
  void sumsWhatIsNotCommittedOverAllPartitions() {
    assertThat(
            GroupLag.of(
                Map.of(RAW_0, 100L, RAW_1, 50L, REPARTITION_0, 30L),
                Map.of(RAW_0, 90L, RAW_1, 50L, REPARTITION_0, 10L)))
        .isEqualTo(30);
  }

  @Test
  void aPartitionWithNothingCommittedIsBehindByItsWholeLength() {
    assertThat(GroupLag.of(Map.of(RAW_0, 100L, REPARTITION_0, 7L), Map.of(RAW_0, 100L)))
        .isEqualTo(7);
  }

  @Test
  void caughtUpIsZero() {
    assertThat(GroupLag.of(Map.of(RAW_0, 100L), Map.of(RAW_0, 100L))).isZero();
    assertThat(GroupLag.of(Map.of(RAW_0, 0L), Map.of())).isZero();
  }
}
