package org.imrstream.pipelinebench.phase;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.imrstream.pipelinebench.cluster.OffsetProbe;
import org.imrstream.pipelinebench.cluster.RunNames;

/**
 * What every phase of one run shares.
 *
 * @param clientSettings {@code bootstrap.servers}, {@code schema.registry.url} and the user's
 *     client settings ({@code --config}), for the clients in this JVM
 * @param userConfig the user's {@code --config} settings alone, passed on to the child JVMs
 * @param admin the run's admin client (closed by whoever made the context)
 * @param workDir where letters, child configurations, state and logs go
 * @param childJvmOptions options of every child JVM ({@code -Xmx256m})
 * @param partitions partitions of the topics the run creates
 * @param clusterTimeout how long to wait for the cluster (and a child to start)
 * @param phaseTimeout how long one Streams app may take to process a phase's letters
 * @param progress where progress lines go (stderr): results go to stdout
 */
public record BenchContext(
    Map<String, Object> clientSettings,
    Properties userConfig,
    String bootstrapServers,
    String registryUrl,
    Admin admin,
    OffsetProbe probe,
    RunNames names,
    Path workDir,
    List<String> childJvmOptions,
    int partitions,
    short replicationFactor,
    Duration clusterTimeout,
    Duration phaseTimeout,
    PrintWriter progress) {

  public Path logs() {
    return workDir.resolve("logs");
  }

  public void say(String format, Object... args) {
    progress.printf(format + "%n", args);
    progress.flush();
  }
}
