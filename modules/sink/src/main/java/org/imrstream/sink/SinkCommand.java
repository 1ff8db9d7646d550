package org.imrstream.sink;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.imrstream.common.ClusterOptions;
import org.imrstream.streams.PipelineSerdes;
import org.imrstream.streams.StreamsSettings;
import org.imrstream.streams.app.StreamsAppOptions;
import org.imrstream.streams.app.StreamsRunner;
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
        + "a compacted JSON topic of the latest stats per guideline and a JSON topic of decisions. Runs until Ctrl-C."})
public final class SinkCommand implements Callable<Integer> {

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
    // Blocks until Ctrl-C: the runner's shutdown hook closes the app cleanly, which commits what was processed.
    StreamsRunner.runUntilStopped("imr-sink", topology(ClusterOptions.asMap(props)).buildTopology(),
        StreamsSettings.kafkaOnly(props));
    return 0;
  }

  /** The sink topology with Avro serdes configured from {@code config} ({@code schema.registry.url}, ...). */
  public static SinkTopology topology(Map<String, Object> config) {
    PipelineSerdes serdes = PipelineSerdes.avro(config);
    return new SinkTopology(serdes.decisions(), serdes.counts());
  }
}
