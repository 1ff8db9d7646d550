package org.imrstream.dev.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code imr replay} as its own process, for the {@code imr streams} of a {@link PipelineProcesses}
 * in {@code dir}: the same cluster, client properties file ({@code dir/client.properties}) and
 * state directory ({@code dir/streams-state}) as {@link PipelineProcesses#streams(String...)}.
 */
public final class ReplayProcess {

  private ReplayProcess() {}

  /** Starts {@code imr replay} with the cluster's options, then {@code extra}. */
  public static ImrProcess start(LocalClusterProcess cluster, Path dir, String... extra)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "replay",
                "--bootstrap-servers",
                cluster.bootstrapServers(),
                "--config",
                dir.resolve("client.properties").toString(),
                "--state-dir",
                streamsStateDir(dir).toString()));
    args.addAll(List.of(extra));
    return ImrProcess.start("replay", dir.resolve("logs"), args.toArray(String[]::new));
  }

  /** Where {@link PipelineProcesses#streams(String...)} keeps the Streams state. */
  public static Path streamsStateDir(Path dir) {
    return dir.resolve("streams-state");
  }
}
