package org.imrstream.sink;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.TopicCheck;
import org.imrstream.runtime.StreamsAppOptions;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr sink}: writes the dashboard JSON topics until Ctrl-C. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = {
      "Consumes decision events and outcome counts and writes what dashboards consume (exactly once): "
          + "a compacted JSON topic of the latest stats per guideline and a JSON topic of decisions. "
          + "Runs until Ctrl-C or SIGTERM.",
      "Exit status: 0 after a stop asked for, 1 when it stopped for any other reason."
    })
public final class SinkCommand implements Callable<Integer> {

  /** The topics this job reads and writes, checked before it starts. */
  static final List<String> TOPICS =
      List.of(
          Topics.DECISIONS,
          Topics.GUIDELINE_COUNTS,
          Topics.WINDOW_COUNTS,
          Topics.DASHBOARD_GUIDELINE_STATS,
          Topics.DASHBOARD_DECISIONS,
          Topics.STREAMS_DLQ);

  @Mixin StreamsAppOptions app;

  @Option(
      names = "--describe",
      description = "Print the topology (processors, stores, topics) and exit.")
  boolean describe;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Properties props = app.properties(SinkTopology.DEFAULT_APPLICATION_ID);
    if (describe) {
      spec.commandLine().getOut().println(SinkTopology.build(props).describe());
      return 0;
    }
    try (ClusterAdmin cluster = ClusterAdmin.connect(props, app.timeout())) {
      TopicCheck.require(
          cluster.admin(),
          TOPICS,
          cluster.timeout(),
          "imr streams --create-topics creates the pipeline's topics");
    }
    // Blocks until Ctrl-C or SIGTERM, then closes the app cleanly, which commits what was
    // processed.
    return StreamsRunner.runUntilStopped(
        "imr-sink", SinkTopology.build(props), StreamsSettings.kafkaOnly(props));
  }
}
