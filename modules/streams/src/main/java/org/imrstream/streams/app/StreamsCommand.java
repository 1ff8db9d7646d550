package org.imrstream.streams.app;

import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.imrstream.common.ClusterOptions;
import org.imrstream.common.TopicCreator;
import org.imrstream.parser.LetterParser;
import org.imrstream.streams.PipelineSerdes;
import org.imrstream.streams.PipelineTopology;
import org.imrstream.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imr streams}: runs the parsing and counting topology against a cluster until Ctrl-C. */
@Command(
    name = "streams",
    mixinStandardHelpOptions = true,
    description = {"Runs the Kafka Streams topology: raw letters in; decision events, dead letters and outcome counts"
        + " per guideline out (exactly once). Runs until Ctrl-C."})
public final class StreamsCommand implements Callable<Integer> {

  @Mixin
  StreamsAppOptions app;

  @Option(names = "--window-size-days", description = "Rolling window size in days (default: 30).")
  Integer windowSizeDays;

  @Option(names = "--window-advance-days", description = "Rolling window advance in days (default: 1).")
  Integer windowAdvanceDays;

  @Option(names = "--grace-days", description = "How late (in days of event time) a decision still counts in its "
      + "windows; later ones are dead-lettered as 'late' (default: 3650, enough to replay a decade in any order).")
  Integer graceDays;

  @Option(names = "--describe", description = "Print the topology (processors, stores, topics) and exit.")
  boolean describe;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--create-topics", description = "Create the pipeline's topics if they are missing.")
  boolean createTopics;

  @Option(names = "--partitions", defaultValue = "6", description = "Partitions of topics created (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", defaultValue = "1",
      description = "Replication factor of topics created (default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  @Override
  public Integer call() throws Exception {
    Properties props = app.properties(StreamsSettings.DEFAULT_APPLICATION_ID);
    putIfSet(props, StreamsSettings.WINDOW_SIZE_DAYS, windowSizeDays);
    putIfSet(props, StreamsSettings.WINDOW_ADVANCE_DAYS, windowAdvanceDays);
    putIfSet(props, StreamsSettings.WINDOW_GRACE_DAYS, graceDays);
    if (describe) {
      spec.commandLine().getOut().println(new PipelineTopology(PipelineSerdes.avro(ClusterOptions.asMap(props)),
          StreamsSettings.windows(props), new LetterParser()).buildTopology().describe());
      return 0;
    }
    if (createTopics) {
      try (Admin admin = Admin.create(StreamsSettings.kafkaOnly(props))) {
        TopicCreator.createMissing(admin, partitions, replicationFactor);
      }
    }
    PipelineTopology topology = new PipelineTopology(PipelineSerdes.avro(ClusterOptions.asMap(props)),
        StreamsSettings.windows(props), new LetterParser());
    StreamsRunner.runUntilStopped("imr-streams", topology.buildTopology(), StreamsSettings.kafkaOnly(props));
    return 0;
  }

  private static void putIfSet(Properties props, String key, Integer value) {
    if (value != null) {
      props.put(key, value.toString());
    }
  }
}
