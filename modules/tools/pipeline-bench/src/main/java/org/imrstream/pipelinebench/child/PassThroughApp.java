package org.imrstream.pipelinebench.child;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;

/**
 * The baseline: a Kafka Streams app that copies raw letters to another topic untouched, with the
 * settings {@code imr streams} runs with ({@link StreamsSettings}: exactly-once v2, zstd, the same
 * record size limits) and the same runner. What the pipeline does beyond this is its own cost.
 *
 * <p>Run as {@code PassThroughApp <properties file> [key=value...]}: Kafka and Streams settings
 * ({@code application.id} included), {@value #INPUT} and {@value #OUTPUT}; the arguments after the
 * file add to it (the benchmark passes {@code imr.http.port} so).
 */
public final class PassThroughApp {

  /** The topic read. */
  public static final String INPUT = "imr.bench.input";

  /** The topic written. */
  public static final String OUTPUT = "imr.bench.output";

  private PassThroughApp() {}

  /** raw letters in, the same records out: no repartition, no store, no parse. */
  public static Topology topology(String input, String output) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(
            input, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-letters"))
        .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("pass-through"));
    return builder.build();
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PassThroughApp <properties file> [key=value...]");
      System.exit(2);
    }
    Properties user = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
      user.load(reader);
    }
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      user.put(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    Properties props =
        StreamsSettings.streamsProperties(
            user.getProperty(StreamsConfig.APPLICATION_ID_CONFIG), ClusterOptions.asMap(user));
    Topology topology = topology(props.getProperty(INPUT), props.getProperty(OUTPUT));
    System.exit(
        StreamsRunner.runUntilStopped(
            "bench-pass-through", topology, StreamsSettings.kafkaOnly(props)));
  }
}
