package org.imrstream.pipeline.app;

import java.util.List;
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
import org.imrstream.topics.Topics;
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

  /** The topics this job reads and writes: checked before it starts. */
  static final List<String> TOPICS =
      List.of(
          Topics.RAW_LETTERS,
          Topics.DECISIONS,
          Topics.DEAD_LETTERS,
          Topics.LATE_DECISIONS,
          Topics.STREAMS_DLQ,
          Topics.GUIDELINE_COUNTS,
          Topics.WINDOW_COUNTS);

  @Mixin StreamsAppOptions app;

  @Option(names = "--window-size-days", description = "Rolling window size in days (default: 30).")
  Integer windowSizeDays;

  @Option(
      names = "--window-advance-days",
      description = "Rolling window advance in days (default: 1).")
  Integer windowAdvanceDays;

  @Option(
      names = "--grace-days",
      description =
          "How late (in days of event time) a decision still counts in its "
              + "windows; later ones go to the late-decisions topic "
              + "(default: 3650, enough to replay a decade in any order).")
  Integer graceDays;

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
    putIfSet(props, PipelineSettings.WINDOW_SIZE_DAYS, windowSizeDays);
    putIfSet(props, PipelineSettings.WINDOW_ADVANCE_DAYS, windowAdvanceDays);
    putIfSet(props, PipelineSettings.WINDOW_GRACE_DAYS, graceDays);
    Topology topology = PipelineTopology.build(props);
    if (describe) {
      spec.commandLine().getOut().println(topology.describe());
      return 0;
    }
    try (ClusterAdmin cluster = ClusterAdmin.connect(props, app.timeout())) {
      topics.createIfAsked(cluster.admin(), Topics.all());
      TopicCheck.require(
          cluster.admin(),
          TOPICS,
          cluster.timeout(),
          "imr streams --create-topics creates the pipeline's topics");
    }
    return StreamsRunner.runUntilStopped("imr-streams", topology, StreamsSettings.kafkaOnly(props));
  }

  private static void putIfSet(Properties props, String key, Integer value) {
    if (value != null) {
      props.put(key, value.toString());
    }
  }
}
