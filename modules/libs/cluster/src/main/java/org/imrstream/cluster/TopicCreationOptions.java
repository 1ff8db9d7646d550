package org.imrstream.cluster;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Option;

/**
 * The options of a command that may create the pipeline's topics, as a picocli mixin: whether to,
 * and with how many partitions and replicas. Without {@code --create-topics} a missing topic is an
 * error, never left to a broker's auto-creation (one partition, the broker's default retention).
 */
public final class TopicCreationOptions {

  @Option(
      names = "--create-topics",
      description =
          "Create the pipeline's topics where they are missing, each with "
              + "the settings its data needs (letters kept, tables compacted).")
  boolean createTopics;

  @Option(
      names = "--partitions",
      defaultValue = "6",
      description = "Partitions of topics created (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--replication-factor",
      defaultValue = "1",
      description =
          "Replication factor of topics created; 3 also sets min.insync.replicas=2 "
              + "(default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  /** Creates those of {@code names} that are missing, when the user asked for it. */
  public void createIfAsked(Admin admin, List<String> names)
      throws ExecutionException, InterruptedException {
    if (createTopics) {
      TopicCreator.createMissing(admin, names, partitions, replicationFactor);
    }
  }
}
