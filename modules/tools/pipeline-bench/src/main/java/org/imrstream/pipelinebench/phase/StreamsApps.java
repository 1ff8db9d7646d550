package org.imrstream.pipelinebench.phase;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.pipelinebench.child.ChildJvm;
import org.imrstream.pipelinebench.child.ImrStreamsMain;
import org.imrstream.pipelinebench.child.PassThroughApp;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.topics.TopicNames;

/**
 * Starts the two Streams apps a throughput phase compares, each in a JVM of its own with the same
 * user settings: {@code imr streams} on a phase's raw topic with its outputs at a version of their
 * own, and the pass-through.
 */
final class StreamsApps {

  private final BenchContext context;

  StreamsApps(BenchContext context) {
    this.context = context;
  }

  /**
   * {@code imr streams --create-topics} as a user runs it, reading {@code rawTopic} and writing at
   * {@code version}, through its config file ({@value TopicNames#RAW}, {@value
   * TopicNames#VERSION}).
   */
  ChildJvm pipeline(String applicationId, String rawTopic, int version) throws IOException {
    Properties config = new Properties();
    config.putAll(context.userConfig());
    config.put(TopicNames.RAW, rawTopic);
    config.put(TopicNames.VERSION, Integer.toString(version));
    Path file = write(applicationId, config);
    return ChildJvm.start(
        applicationId,
        context.logs(),
        context.childJvmOptions(),
        ImrStreamsMain.class.getName(),
        List.of(
            "--bootstrap-servers",
            context.bootstrapServers(),
            "--schema-registry-url",
            context.registryUrl(),
            "--config",
            file.toString(),
            "--application-id",
            applicationId,
            "--state-dir",
            stateDir(applicationId).toString(),
            "--http-port",
            ChildJvm.HTTP_PORT,
            "--create-topics",
            "--partitions",
            Integer.toString(context.partitions()),
            "--replication-factor",
            Short.toString(context.replicationFactor()),
            "--timeout",
            context.clusterTimeout().toSeconds() + "s"));
  }

  /** The pass-through from {@code input} to {@code output} (both must exist). */
  ChildJvm passThrough(String applicationId, String input, String output) throws IOException {
    Properties config = new Properties();
    config.putAll(context.userConfig());
    config.put("bootstrap.servers", context.bootstrapServers());
    config.put("schema.registry.url", context.registryUrl());
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(applicationId).toString());
    config.put(PassThroughApp.INPUT, input);
    config.put(PassThroughApp.OUTPUT, output);
    Path file = write(applicationId, config);
    return ChildJvm.start(
        applicationId,
        context.logs(),
        context.childJvmOptions(),
        PassThroughApp.class.getName(),
        List.of(file.toString(), HttpSettings.PORT + "=" + ChildJvm.HTTP_PORT));
  }

  private Path stateDir(String applicationId) {
    return context.workDir().resolve("state").resolve(applicationId);
  }

  private Path write(String applicationId, Properties config) throws IOException {
    Path dir = context.workDir().resolve("config");
    Files.createDirectories(dir);
    Path file = dir.resolve(applicationId + ".properties");
    try (Writer writer = Files.newBufferedWriter(file)) {
      config.store(writer, "imr bench: " + applicationId);
    }
    return file;
  }
}
