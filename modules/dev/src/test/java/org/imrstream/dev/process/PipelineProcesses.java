package org.imrstream.dev.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code imr streams}, {@code imr sink} and {@code imr produce} as separate JVMs against one {@link
 * LocalClusterProcess}, configured as a user would: options and a client properties file.
 */
public final class PipelineProcesses {

  private final LocalClusterProcess cluster;
  private final Path dir;
  private final Path logs;
  private final Path config;
  private final String jar;

  /**
   * @param clientSettings extra lines for the client properties file (e.g. a shorter session
   *     timeout, so that the group notices a killed instance sooner)
   */
  public PipelineProcesses(LocalClusterProcess cluster, Path dir, String... clientSettings)
      throws IOException {
    this(ImrProcess.imrJar(), cluster, dir, clientSettings);
  }

  /** The same, running {@code jar} (e.g. {@link ImrProcess#productionJar()}) for every command. */
  public PipelineProcesses(
      String jar, LocalClusterProcess cluster, Path dir, String... clientSettings)
      throws IOException {
    this.jar = jar;
    this.cluster = cluster;
    this.dir = dir;
    this.logs = dir.resolve("logs");
    this.config = dir.resolve("client.properties");
    Files.createDirectories(logs);
    Files.writeString(
        config, "commit.interval.ms=200\n" + String.join("\n", clientSettings) + "\n");
  }

  public ImrProcess streams(String... extra) throws IOException {
    return ImrProcess.startJar(
        jar,
        "streams",
        logs,
        args("streams", extra, "--state-dir", dir.resolve("streams-state").toString()));
  }

  /**
   * Another instance of {@code imr streams} in the same application, with a state directory of its
   * own (as on another machine): instances of one application id share its work.
   */
  public ImrProcess streamsInstance(String instance, String... extra) throws IOException {
    return ImrProcess.startJar(
        jar,
        "streams-" + instance,
        logs,
        args("streams", extra, "--state-dir", stateDir(instance).toString()));
  }

  /** The state directory of {@link #streamsInstance(String, String...)} {@code instance}. */
  public Path stateDir(String instance) {
    return dir.resolve("streams-state-" + instance);
  }

  public ImrProcess sink(String... extra) throws IOException {
    return ImrProcess.startJar(
        jar,
        "sink",
        logs,
        args("sink", extra, "--state-dir", dir.resolve("sink-state").toString()));
  }

  /** Another {@code imr sink}, with a state directory of its own (e.g. a side-by-side version). */
  public ImrProcess sinkInstance(String instance, String... extra) throws IOException {
    return ImrProcess.startJar(
        jar,
        "sink-" + instance,
        logs,
        args("sink", extra, "--state-dir", dir.resolve("sink-state-" + instance).toString()));
  }

  public ImrProcess produce(String... extra) throws IOException {
    return ImrProcess.startJar(jar, "produce", logs, args("produce", extra, "--no-progress"));
  }

  /**
   * {@code command}, the cluster's options and the config file, {@code own} options, then {@code
   * extra}.
   */
  private String[] args(String command, String[] extra, String... own) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--bootstrap-servers",
                cluster.bootstrapServers(),
                "--schema-registry-url",
                cluster.registryUrl(),
                "--config",
                config.toString()));
    args.addAll(List.of(own));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  public Path logs() {
    return logs;
  }
}
