package org.imrstream.pipeline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Utils;
import org.imrstream.command.CommandFailure;

/**
 * Resets a Kafka Streams application so that it reprocesses its input, as Kafka's StreamsResetter
 * does, through the Admin API: it refuses while the application's consumer group has members, moves
 * the group's committed offsets of the input topic to the beginning (or to the first record at or
 * after a time), deletes the group's offsets of its internal topics and the internal topics
 * themselves (repartition and changelog topics), and deletes the application's local state
 * directory, which Kafka's tool leaves to the user. Output topics are left as they are.
 *
 * <p>{@link #plan} only reads; {@link #apply} changes, and prints each step once it is done.
 */
final class ApplicationReset {

  /**
   * What a reset does.
   *
   * @param applicationId the application (and its consumer group)
   * @param group how the group stands: "has no active members", "does not exist yet"
   * @param inputTopic the topic reprocessed
   * @param toDatetime where the input is reprocessed from; null for the beginning
   * @param offsets per partition of the input topic: committed offset (null if none), new one, end
   * @param internal the internal topics deleted
   * @param leftAlone topics named like internal ones that belong to another application (to its id)
   * @param internalOffsets partitions of internal topics whose committed offsets are deleted
   * @param stateDir the application's local state directory
   * @param stateDirExists whether there is one to delete
   */
  record Plan(
      String applicationId,
      String group,
      String inputTopic,
      Instant toDatetime,
      SortedMap<Integer, Offsets> offsets,
      List<String> internal,
      Map<String, String> leftAlone,
      Set<TopicPartition> internalOffsets,
      Path stateDir,
      boolean stateDirExists) {

    /** How many input records the application reads again. */
    long recordsToReprocess() {
      return offsets.values().stream().mapToLong(o -> o.end() - o.target()).sum();
    }
  }

  /**
   * One input partition's offsets.
   *
   * @param committed the group's committed offset, null if it has none
   * @param target where it is reset to
   * @param end the partition's end offset
   */
  record Offsets(Long committed, long target, long end) {}

  private final Admin admin;
  private final Duration timeout;

  ApplicationReset(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * The reset of {@code applicationId} over {@code inputTopic}, from {@code toDatetime} (null: the
   * beginning), with its local state in {@code stateDir}; fails if the group has active members.
   */
  Plan plan(String applicationId, String inputTopic, Instant toDatetime, Path stateDir) {
    Collection<GroupListing> groups = get(admin.listGroups().all(), "list the consumer groups");
    GroupListing listing =
        groups.stream().filter(g -> g.groupId().equals(applicationId)).findFirst().orElse(null);
    String group = requireInactive(applicationId, listing);

    Map<TopicPartition, OffsetAndMetadata> committed =
        listing == null ? Map.of() : committedOffsets(applicationId);
    SortedMap<Integer, Offsets> offsets = new TreeMap<>();
    Map<TopicPartition, Long> targets = targets(inputTopic, toDatetime);
    Map<TopicPartition, Long> ends = list(targets.keySet(), OffsetSpec.latest());
    targets.forEach(
        (partition, target) -> {
          OffsetAndMetadata at = committed.get(partition);
          long end = ends.get(partition);
          offsets.put(
              partition.partition(),
              new Offsets(at == null ? null : at.offset(), target < 0 ? end : target, end));
        });

    Set<String> topics = get(admin.listTopics().names(), "list the topics");
    InternalTopics.Found found =
        InternalTopics.of(
            applicationId, topics, groups.stream().map(GroupListing::groupId).toList());
    Set<String> internal = new HashSet<>(found.internal());
    Set<TopicPartition> internalOffsets =
        committed.keySet().stream()
            .filter(p -> internal.contains(p.topic()))
            .collect(Collectors.toCollection(HashSet::new));
    return new Plan(
        applicationId,
        group,
        inputTopic,
        toDatetime,
        offsets,
        found.internal(),
        found.leftAlone(),
        internalOffsets,
        stateDir,
        Files.isDirectory(stateDir));
  }

  /** Does what {@code plan} says, printing each step to {@code out} once done. */
  void apply(Plan plan, PrintWriter out) {
    // Offsets first: the broker refuses to alter them while the group has members, so an instance
    // started since the plan stops the reset before anything is deleted.
    Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
    plan.offsets()
        .forEach(
            (partition, o) ->
                reset.put(
                    new TopicPartition(plan.inputTopic(), partition),
                    new OffsetAndMetadata(o.target())));
    get(
        admin.alterConsumerGroupOffsets(plan.applicationId(), reset).all(),
        "reset the offsets of group " + plan.applicationId());
    offsetLines(plan, "").forEach(out::println);
    out.flush();

    if (!plan.internalOffsets().isEmpty()) {
      get(
          admin.deleteConsumerGroupOffsets(plan.applicationId(), plan.internalOffsets()).all(),
          "delete the group's offsets of the internal topics");
      out.println(internalOffsetsLine(plan, ""));
    }
    if (!plan.internal().isEmpty()) {
      try {
        admin.deleteTopics(plan.internal()).all().get(millis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw failure("delete the internal topics", e);
        }
      } catch (InterruptedException | TimeoutException e) {
        throw failure("delete the internal topics", e);
      }
      awaitDeleted(plan.internal());
      plan.internal().forEach(topic -> out.println("deleted topic " + topic));
    }
    plan.leftAlone().forEach((topic, owner) -> out.println(leftAloneLine(topic, owner)));
    out.flush();

    if (plan.stateDirExists()) {
      try {
        Utils.delete(plan.stateDir().toFile());
      } catch (IOException e) {
        throw new CommandFailure(
            "cannot delete the local state " + plan.stateDir() + ": " + e.getMessage(), e);
      }
      out.println("deleted local state " + plan.stateDir());
    } else {
      out.println("no local state at " + plan.stateDir());
    }
    out.flush();
  }

  /** The plan as the lines {@code --dry-run} prints. */
  static List<String> describe(Plan plan) {
    List<String> lines = new ArrayList<>(offsetLines(plan, "would "));
    if (!plan.internalOffsets().isEmpty()) {
      lines.add(internalOffsetsLine(plan, "would "));
    }
    plan.internal().forEach(topic -> lines.add("would delete topic " + topic));
    plan.leftAlone().forEach((topic, owner) -> lines.add(leftAloneLine(topic, owner)));
    lines.add(
        plan.stateDirExists()
            ? "would delete local state " + plan.stateDir()
            : "no local state at " + plan.stateDir());
    return lines;
  }

  private static List<String> offsetLines(Plan plan, String would) {
    String from =
        plan.toDatetime() == null
            ? "the beginning"
            : "the first record at or after " + plan.toDatetime();
    List<String> lines = new ArrayList<>();
    plan.offsets()
        .forEach(
            (partition, o) ->
                lines.add(
                    would
                        + "reset "
                        + plan.inputTopic()
                        + "-"
                        + partition
                        + " to offset "
                        + o.target()
                        + " ("
                        + from
                        + "; committed "
                        + (o.committed() == null ? "none" : o.committed())
                        + ", end "
                        + o.end()
                        + ")"));
    return lines;
  }

  private static String internalOffsetsLine(Plan plan, String would) {
    return would
        + "delete the committed offsets of "
        + plan.internalOffsets().size()
        + " partition(s) of internal topics";
  }

  private static String leftAloneLine(String topic, String owner) {
    return "left alone " + topic + " (it belongs to application " + owner + ")";
  }

  /** The group's state, if it may be reset; else the one-line refusal, naming the group. */
  private String requireInactive(String applicationId, GroupListing listing) {
    if (listing == null) {
      return "consumer group " + applicationId + " does not exist yet";
    }
    if (listing.type().orElse(GroupType.CLASSIC) == GroupType.STREAMS) {
      throw new CommandFailure(
          "group "
              + applicationId
              + " uses the streams rebalance protocol (group.protocol=streams), which imr replay"
              + " does not reset; reset it with kafka-streams-groups.sh");
    }
    ConsumerGroupDescription description;
    try {
      description =
          admin
              .describeConsumerGroups(List.of(applicationId))
              .describedGroups()
              .get(applicationId)
              .get(millis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return "consumer group " + applicationId + " does not exist yet";
      }
      throw failure("describe consumer group " + applicationId, e);
    } catch (InterruptedException | TimeoutException e) {
      throw failure("describe consumer group " + applicationId, e);
    }
    Collection<MemberDescription> members = description.members();
    if (!members.isEmpty()) {
      throw new CommandFailure(
          "consumer group "
              + applicationId
              + " has "
              + members.size()
              + " active member(s) on "
              + members.stream()
                  .map(MemberDescription::host)
                  .distinct()
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ": stop every imr streams instance of application "
              + applicationId
              + " first (a killed one leaves the group after session.timeout.ms)");
    }
    return "consumer group " + applicationId + " is " + description.groupState() + " (no members)";
  }

  private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String applicationId) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(applicationId)
              .partitionsToOffsetAndMetadata()
              .get(millis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
      offsets.forEach(
          (partition, offset) -> {
            if (offset != null) {
              present.put(partition, offset);
            }
          });
      return present;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return Map.of();
      }
      throw failure("read the committed offsets of group " + applicationId, e);
    } catch (InterruptedException | TimeoutException e) {
      throw failure("read the committed offsets of group " + applicationId, e);
    }
  }

  /** Per partition of {@code topic}: the offset to start from, -1 when no record is that late. */
  private Map<TopicPartition, Long> targets(String topic, Instant toDatetime) {
    TopicDescription description;
    try {
      description =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(millis(), TimeUnit.MILLISECONDS)
              .get(topic);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        throw new CommandFailure("topic " + topic + " does not exist: there is nothing to replay");
      }
      throw failure("describe topic " + topic, e);
    } catch (InterruptedException | TimeoutException e) {
      throw failure("describe topic " + topic, e);
    }
    Set<TopicPartition> partitions = new HashSet<>();
    description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    return list(
        partitions,
        toDatetime == null
            ? OffsetSpec.earliest()
            : OffsetSpec.forTimestamp(toDatetime.toEpochMilli()));
  }

  private Map<TopicPartition, Long> list(Set<TopicPartition> partitions, OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    get(admin.listOffsets(request).all(), "list the offsets of the input topic")
        .forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }

  /** Waits until the deleted topics are gone from the metadata, so a restart can recreate them. */
  private void awaitDeleted(List<String> deleted) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Set<String> left = new HashSet<>(get(admin.listTopics().names(), "list the topics"));
      left.retainAll(deleted);
      if (left.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new CommandFailure(
            "topics " + String.join(", ", left) + " still exist " + timeout + " after deletion");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailure("interrupted while waiting for the topics to be deleted");
      }
    }
  }

  private <T> T get(KafkaFuture<T> future, String what) {
    try {
      return future.get(millis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      throw failure(what, e);
    }
  }

  private CommandFailure failure(String what, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    String message =
        e instanceof TimeoutException
            ? "no answer within " + timeout
            : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new CommandFailure("cannot " + what + ": " + message, cause);
  }

  private long millis() {
    return timeout.toMillis();
  }
}
