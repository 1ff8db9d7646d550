package org.imrstream.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.imrstream.cluster.ClusterOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every Streams job of the pipeline takes: the cluster, its application id and its
 * state folder.
 */
public final class StreamsAppOptions {

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--application-id",
      description = "Kafka Streams application id (default: the job's own).")
  String applicationId;

  @Option(
      names = "--state-dir",
      description = "Where the state stores live (default: Kafka Streams' default).")
  Path stateDir;

  /** How long to wait for the cluster before failing. */
  public Duration timeout() {
    return cluster.timeout();
  }

  /**
   * The job's settings: our Streams defaults, then the user's (environment, config file, options).
   */
  public Properties properties(String defaultApplicationId) {
    return StreamsSettings.forCommand(
        applicationId != null ? applicationId : defaultApplicationId,
        ClusterOptions.asMap(cluster.properties()),
        stateDir);
  }
}
