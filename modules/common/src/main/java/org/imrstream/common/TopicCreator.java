package org.imrstream.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.imrstream.topics.Topics;

/**
 * Creates the pipeline's topics where they are missing: raw letters kept forever (so history can be replayed),
 * dashboard stats compacted. Existing topics are left as they are.
 */
public final class TopicCreator {

  private TopicCreator() {}

  /** @return the topics that were created */
  public static List<String> createMissing(Admin admin, int partitions, short replicationFactor)
      throws ExecutionException, InterruptedException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> topics = new ArrayList<>();
    for (String name : Topics.all()) {
      if (!existing.contains(name)) {
        topics.add(newTopic(name, partitions, replicationFactor));
      }
    }
    try {
      admin.createTopics(topics).all().get();
    } catch (ExecutionException e) {
      // Another instance may have created them in between: that is the same result.
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    return topics.stream().map(NewTopic::name).toList();
  }

  static NewTopic newTopic(String name, int partitions, short replicationFactor) {
    NewTopic topic = new NewTopic(name, partitions, replicationFactor);
    if (Topics.compacted().contains(name)) {
      topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    } else if (Topics.RAW_LETTERS.equals(name)) {
      topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
          String.valueOf(32 * 1024 * 1024)));
    }
    return topic;
  }
}
