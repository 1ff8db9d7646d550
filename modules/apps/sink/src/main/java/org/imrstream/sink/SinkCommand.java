package org.imrstream.sink;

import java.util.Properties;
import java.util.concurrent.Callable;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.TopicCheck;
import org.imrstream.runtime.StreamsAppOptions;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.topics.TopicNames;
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
      "With --http-port it serves the dashboard at / and its query API (/api/guidelines,"
          + " /api/guidelines/{guideline}[/history], /api/decisions, /api/events) next to"
          + " /health/live, /health/ready and /metrics; several instances answer for each other"
          + " through application.server.",
      "Exit status: 0 after a stop asked for, 1 when it stopped for any other reason."
    })
public final class SinkCommand implements Callable<Integer> {

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
          TopicNames.from(props).sink(),
          cluster.timeout(),
          "imr streams --create-topics creates the pipeline's topics");
    }
    // Blocks until Ctrl-C or SIGTERM, then closes the app cleanly, which commits what was
    // processed.
    return StreamsRunner.runUntilStopped(SinkRunner.create(props));
  }
}
