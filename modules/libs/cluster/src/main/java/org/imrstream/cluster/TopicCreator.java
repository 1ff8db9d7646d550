package org.imrstream.cluster;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Creates the pipeline's topics where they are missing, each with the configuration its data needs
 * (see {@link #configFor}). Existing topics are left as they are; {@link TopicCheck} says whether
 * they are fit.
 */
public final class TopicCreator {

  /** Room for a 32 MiB letter plus a dead letter's or a record's metadata. */
  static final int MAX_MESSAGE_BYTES = Topics.MAX_LETTER_BYTES + 1024 * 1024;

  private TopicCreator() {}

  /**
   * @return the topics that were created
   */
  public static List<String> createMissing(Admin admin, int partitions, short replicationFactor)
      throws ExecutionException, InterruptedException {
    return createMissing(admin, Topics.all(), partitions, replicationFactor);
  }

  /** Creates those of {@code names} that are missing; @return the topics that were created */
  public static List<String> createMissing(
      Admin admin, List<String> names, int partitions, short replicationFactor)
      throws ExecutionException, InterruptedException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      if (!existing.contains(name)) {
        topics.add(newTopic(name, partitions, replicationFactor));
      }
    }
    List<String> created = new ArrayList<>();
    for (var entry : admin.createTopics(topics).values().entrySet()) {
      try {
        entry.getValue().get();
        created.add(entry.getKey());
      } catch (ExecutionException e) {
        // Another instance may have created it in between: that is the same result.
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    return created;
  }

  static NewTopic newTopic(String name, int partitions, short replicationFactor) {
    return new NewTopic(name, partitions, replicationFactor)
        .configs(configFor(name, replicationFactor));
  }

  /**
   * What a pipeline topic needs. Tables keyed by id (decisions, counts, dashboard topics) are
   * compacted with no time deletion: their records carry decision dates, years old, as timestamps.
   * Letters (raw and dead) are never deleted: the raw topic is what a replay reads, and a dead
   * letter waits for a parser fix. Three replicas keep writing with one broker down.
   */
  public static Map<String, String> configFor(String name, short replicationFactor) {
    Map<String, String> config = new HashMap<>();
    if (Topics.isTable(name)) {
      config.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
      config.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
    } else {
      config.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
      config.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
      config.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
    }
    config.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
    if (replicationFactor >= 3) {
      config.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
    }
    return config;
  }
}
