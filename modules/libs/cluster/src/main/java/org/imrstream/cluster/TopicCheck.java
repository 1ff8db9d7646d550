package org.imrstream.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.imrstream.command.CommandFailure;
import org.imrstream.topics.Topics;

/**
 * Checks, before a command starts, that the topics it uses exist and would not delete pipeline
 * data: time or size retention on a table or on the letters, or a table that is not compacted. A
 * user who set such a topic up by hand (or let a broker auto-create it with its 7-day default) is
 * told which setting on which topic, instead of losing data later.
 */
public final class TopicCheck {

  private TopicCheck() {}

  /** Fails with one message naming every problem, or returns when the topics are fit. */
  public static void require(
      Admin admin, Collection<String> names, Duration timeout, String createHint) {
    List<String> problems = problems(admin, names, timeout, createHint);
    if (!problems.isEmpty()) {
      throw new CommandFailure(String.join("; ", problems));
    }
  }

  /** What is wrong with {@code names} on the cluster, one sentence each; empty when nothing is. */
  public static List<String> problems(
      Admin admin, Collection<String> names, Duration timeout, String createHint) {
    try {
      Set<String> existing =
          admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<String> problems = new ArrayList<>();
      List<String> missing = names.stream().filter(n -> !existing.contains(n)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            "topic"
                + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing)
                + (missing.size() > 1 ? " do" : " does")
                + " not exist ("
                + createHint
                + ")");
      }
      List<ConfigResource> present =
          names.stream()
              .filter(existing::contains)
              .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
              .toList();
      Map<ConfigResource, Config> configs =
          admin.describeConfigs(present).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      configs.forEach((resource, config) -> problems.addAll(problems(resource.name(), config)));
      return problems;
    } catch (ExecutionException e) {
      throw new CommandFailure(
          "cannot read the topics: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new CommandFailure(
          "no answer from Kafka within " + timeout.toSeconds() + " s while reading the topics");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while reading the topics");
    }
  }

  static List<String> problems(String topic, Config config) {
    List<String> problems = new ArrayList<>();
    Set<String> policy =
        Arrays.stream(value(config, TopicConfig.CLEANUP_POLICY_CONFIG, "delete").split(","))
            .map(String::trim)
            .collect(Collectors.toSet());
    long retentionMs = Long.parseLong(value(config, TopicConfig.RETENTION_MS_CONFIG, "-1"));
    long retentionBytes = Long.parseLong(value(config, TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    boolean deletes = policy.contains(TopicConfig.CLEANUP_POLICY_DELETE);
    if (Topics.isTable(topic) && !policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
      problems.add(
          "topic "
              + topic
              + " has cleanup.policy="
              + String.join(",", policy)
              + ": a table keyed by id must be compacted (cleanup.policy=compact)");
    } else if (Topics.isLog(topic) && policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
      problems.add(
          "topic "
              + topic
              + " has cleanup.policy="
              + String.join(",", policy)
              + ": compaction would drop earlier letters of a case; set cleanup.policy=delete with retention.ms=-1");
    }
    if (deletes && retentionMs >= 0) {
      problems.add(
          "topic "
              + topic
              + " has retention.ms="
              + retentionMs
              + " with cleanup.policy="
              + String.join(",", policy)
              + ": it would delete pipeline data; set retention.ms=-1");
    }
    if (deletes && retentionBytes >= 0) {
      problems.add(
          "topic "
              + topic
              + " has retention.bytes="
              + retentionBytes
              + " with cleanup.policy="
              + String.join(",", policy)
              + ": it would delete pipeline data; set retention.bytes=-1");
    }
    return problems;
  }

  private static String value(Config config, String name, String fallback) {
    var entry = config.get(name);
    return entry == null || entry.value() == null ? fallback : entry.value();
  }
}
