package org.imrstream.pipelinebench.cluster;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Offsets read through the Admin API: end offsets of topics, what a group has committed, and the
 * topics an application made for itself.
 */
public final class OffsetProbe {

  private final Admin admin;
  private final Duration timeout;

  public OffsetProbe(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /** The end offset of every partition of {@code topics}. */
  public Map<TopicPartition, Long> endOffsets(Collection<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (TopicDescription topic : get(admin.describeTopics(topics).allTopicNames()).values()) {
      topic
          .partitions()
          .forEach(
              p ->
                  latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end :
        get(admin.listOffsets(latest).all()).entrySet()) {
      ends.put(end.getKey(), end.getValue().offset());
    }
    return ends;
  }

  /** The offsets {@code groupId} has committed. */
  public Map<TopicPartition, Long> committed(String groupId)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    committed.forEach(
        (partition, offset) -> {
          if (offset != null) {
            offsets.put(partition, offset.offset());
          }
        });
    return offsets;
  }

  /** How far {@code groupId} is behind on {@code topics} (see {@link GroupLag}). */
  public long lag(String groupId, Collection<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    return GroupLag.of(endOffsets(topics), committed(groupId));
  }

  /** Topics whose names start with {@code prefix} and end with {@code suffix}, sorted. */
  public List<String> topics(String prefix, String suffix)
      throws ExecutionException, InterruptedException, TimeoutException {
    return get(admin.listTopics().names()).stream()
        .filter(name -> name.startsWith(prefix) && name.endsWith(suffix))
        .sorted()
        .toList();
  }

  /** Every topic name on the cluster. */
  public Collection<String> allTopics()
      throws ExecutionException, InterruptedException, TimeoutException {
    return get(admin.listTopics().names());
  }

  private <T> T get(KafkaFuture<T> future)
      throws ExecutionException, InterruptedException, TimeoutException {
    return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
