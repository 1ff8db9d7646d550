package org.imrstream.pipeline.app;

import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.Topology;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.TopicCheck;
import org.imrstream.cluster.TopicCreationOptions;
import org.imrstream.pipeline.PipelineSettings;
import org.imrstream.pipeline.PipelineTopology;
import org.imrstream.runtime.StreamsAppOptions;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.topics.TopicNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr streams}: runs the parsing and counting topology against a cluster until Ctrl-C. */
@Command(
    name = "streams",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Kafka Streams topology: raw letters in; decision events, dead letters and outcome counts"
          + " per guideline out (exactly once). Runs until Ctrl-C or SIGTERM.",
      "Exit status: 0 after a stop asked for, 1 when it stopped for any other reason."
    })
public final class StreamsCommand implements Callable<Integer> {

  @Mixin StreamsAppOptions app;

  @Option(
      names = "--describe",
      description = "Print the topology (processors, stores, topics) and exit.")
  boolean describe;

  @Spec CommandSpec spec;

  /**
   * --create-topics creates all the pipeline's topics, the sink's included: a deployment's one
   * place for it.
   */
  @Mixin TopicCreationOptions topics;

  @Override
  public Integer call() throws Exception {
    Properties props = app.properties(PipelineSettings.DEFAULT_APPLICATION_ID);
    Topology topology = PipelineTopology.build(props);
    if (describe) {
      spec.commandLine().getOut().println(topology.describe());
      return 0;
    }
    try (ClusterAdmin cluster = ClusterAdmin.connect(props, app.timeout())) {
      TopicNames names = TopicNames.from(props);
      topics.createIfAsked(cluster.admin(), names.all());
      TopicCheck.require(
          cluster.admin(),
          names.pipeline(),
          cluster.timeout(),
          "imr streams --create-topics creates the pipeline's topics");
    }
    return StreamsRunner.runUntilStopped("imr-streams", topology, StreamsSettings.kafkaOnly(props));
  }
}
