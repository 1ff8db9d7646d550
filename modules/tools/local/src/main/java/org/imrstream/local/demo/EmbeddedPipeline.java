package org.imrstream.local.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.local.registry.RegistryHttpServer;
import org.imrstream.pipeline.PipelineSettings;
import org.imrstream.pipeline.PipelineTopology;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.sink.SinkRunner;
import org.imrstream.sink.SinkTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in this JVM: a real single-node Kafka on loopback, an in-memory Schema
 * Registry served over the Confluent REST API on loopback, the topics, the Streams topology and the
 * sink. Closing it stops everything in reverse order and deletes its temporary state.
 */
public final class EmbeddedPipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);

  private final Path workDir;
  private final EmbeddedKafka kafka;
  private final RegistryHttpServer registry;
  private final StreamsRunner streams;
  private final StreamsRunner sink;

  private EmbeddedPipeline(
      Path workDir,
      EmbeddedKafka kafka,
      RegistryHttpServer registry,
      StreamsRunner streams,
      StreamsRunner sink) {
    this.workDir = workDir;
    this.kafka = kafka;
    this.registry = registry;
    this.streams = streams;
    this.sink = sink;
  }

  public static EmbeddedPipeline start(int partitions) throws Exception {
    return start(partitions, 0);
  }

  /**
   * The same, with the sink's dashboard and query API on 127.0.0.1:{@code httpPort} (0: a free
   * port).
   */
  public static EmbeddedPipeline start(int partitions, int httpPort) throws Exception {
    Path workDir = Files.createTempDirectory("imr-demo-");
    EmbeddedKafka kafka = null;
    RegistryHttpServer registry = null;
    StreamsRunner streams = null;
    try {
      kafka = EmbeddedKafka.start(workDir.resolve("kafka"));
      registry = new RegistryHttpServer(new InMemorySchemaRegistry());
      kafka.createPipelineTopics(partitions);
      Map<String, Object> common = new HashMap<>();
      common.put("bootstrap.servers", kafka.bootstrapServers());
      common.put("schema.registry.url", registry.url());
      // Short commits: results show up within a fraction of a second (exactly-once commits a
      // transaction each time).
      common.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
      common.put(StreamsConfig.STATE_DIR_CONFIG, workDir.resolve("state").toString());
      common.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);

      Properties streamsProps =
          StreamsSettings.streamsProperties(PipelineSettings.DEFAULT_APPLICATION_ID, common);
      streams =
          new StreamsRunner(
                  "imr-streams",
                  PipelineTopology.build(streamsProps),
                  StreamsSettings.kafkaOnly(streamsProps))
              .start();

      Properties sinkProps =
          StreamsSettings.streamsProperties(SinkTopology.DEFAULT_APPLICATION_ID, common);
      sinkProps.put(HttpSettings.PORT, Integer.toString(httpPort));
      sinkProps.put(HttpSettings.HOST, HttpSettings.DEFAULT_HOST);
      StreamsRunner sink = SinkRunner.create(sinkProps).start();
      LOG.info(
          "embedded pipeline up: Kafka {} , Schema Registry {}",
          kafka.bootstrapServers(),
          registry.url());
      return new EmbeddedPipeline(workDir, kafka, registry, streams, sink);
    } catch (Exception e) {
      if (streams != null) {
        streams.close();
      }
      if (registry != null) {
        registry.close();
      }
      if (kafka != null) {
        kafka.close();
      }
      deleteQuietly(workDir);
      throw e;
    }
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public String schemaRegistryUrl() {
    return registry.url();
  }

  /** Where the sink serves the dashboard page and its API. */
  public URI dashboard() {
    InetSocketAddress at = sink.httpAddress().orElseThrow();
    return URI.create("http://" + at.getHostString() + ":" + at.getPort() + "/");
  }

  public EmbeddedKafka kafka() {
    return kafka;
  }

  public boolean running() {
    return streams.isRunning() && sink.isRunning();
  }

  @Override
  public void close() {
    sink.close();
    streams.close();
    registry.close();
    kafka.close();
    deleteQuietly(workDir);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debug("could not delete {}: {}", dir, e.toString());
    }
  }
}
