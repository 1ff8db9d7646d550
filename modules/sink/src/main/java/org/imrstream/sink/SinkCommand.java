package org.imrstream.sink;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.imrstream.common.ClusterAdmin;
import org.imrstream.common.ClusterOptions;
import org.imrstream.common.TopicCheck;
import org.imrstream.runtime.PipelineSerdes;
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
    description = {"Consumes decision events and outcome counts and writes what dashboards consume (exactly once): "
        + "a compacted JSON topic of the latest stats per guideline and a JSON topic of decisions. "
        + "Runs until Ctrl-C or SIGTERM.",
        "Exit status: 0 after a stop asked for, 1 when it stopped for any other reason."})
public final class SinkCommand implements Callable<Integer> {

  /** The topics this job reads and writes, checked before it starts. */
  static final List<String> TOPICS = List.of(Topics.DECISIONS, Topics.GUIDELINE_COUNTS,
      Topics.DASHBOARD_GUIDELINE_STATS, Topics.DASHBOARD_DECISIONS, Topics.STREAMS_DLQ);

  @Mixin
  StreamsAppOptions app;

  @Option(names = "--describe", description = "Print the topology (processors, stores, topics) and exit.")
  boolean describe;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Properties props = app.properties(SinkTopology.DEFAULT_APPLICATION_ID);
    if (describe) {
      spec.commandLine().getOut().println(topology(ClusterOptions.asMap(props)).buildTopology().describe());
      return 0;
    }
    try (ClusterAdmin cluster = ClusterAdmin.connect(props, app.timeout())) {
      TopicCheck.require(cluster.admin(), TOPICS, cluster.timeout(),
          "imr streams --create-topics creates the pipeline's topics");
    }
    // Blocks until Ctrl-C or SIGTERM, then closes the app cleanly, which commits what was processed.
    return StreamsRunner.runUntilStopped("imr-sink", topology(ClusterOptions.asMap(props)).buildTopology(),
        StreamsSettings.kafkaOnly(props));
  }

  /** The sink topology with Avro serdes configured from {@code config} ({@code schema.registry.url}, ...). */
  public static SinkTopology topology(Map<String, Object> config) {
    PipelineSerdes serdes = PipelineSerdes.avro(config);
    return new SinkTopology(serdes.decisions(), serdes.counts());
  }
}
