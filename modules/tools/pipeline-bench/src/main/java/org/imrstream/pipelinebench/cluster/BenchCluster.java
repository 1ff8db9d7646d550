package org.imrstream.pipelinebench.cluster;

import java.nio.file.Path;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.local.registry.RegistryHttpServer;
import org.imrstream.serde.registry.InMemorySchemaRegistry;

/**
 * The cluster a benchmark runs on: a running one (an {@code imr local}, or any Kafka with a
 * Confluent-API registry), or one started in this JVM for the run, as {@code imr local} runs it: a
 * single KRaft node on loopback and a schema registry served over HTTP on loopback. Closing stops
 * what the run started and nothing else.
 */
public final class BenchCluster implements AutoCloseable {

  private final String bootstrapServers;
  private final String registryUrl;
  private final String description;
  private final EmbeddedKafka kafka;
  private final RegistryHttpServer registry;

  private BenchCluster(
      String bootstrapServers,
      String registryUrl,
      String description,
      EmbeddedKafka kafka,
      RegistryHttpServer registry) {
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
    this.description = description;
    this.kafka = kafka;
    this.registry = registry;
  }

  /** A cluster someone else runs. */
  public static BenchCluster running(String bootstrapServers, String registryUrl) {
    return new BenchCluster(
        bootstrapServers,
        registryUrl,
        "running cluster at " + bootstrapServers + ", schema registry at " + registryUrl,
        null,
        null);
  }

  /** Starts Kafka (one node) and a registry in this JVM; their data lives in {@code dataDir}. */
  public static BenchCluster startInProcess(Path dataDir) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
    try {
      RegistryHttpServer registry = RegistryHttpServer.start(new InMemorySchemaRegistry());
      return new BenchCluster(
          kafka.bootstrapServers(),
          registry.url(),
          "started for this run in the benchmark's JVM: Kafka (1 KRaft node) at "
              + kafka.bootstrapServers()
              + ", schema registry at "
              + registry.url(),
          kafka,
          registry);
    } catch (Exception | Error e) {
      kafka.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String registryUrl() {
    return registryUrl;
  }

  public String description() {
    return description;
  }

  public boolean startedHere() {
    return kafka != null;
  }

  @Override
  public void close() {
    try {
      if (registry != null) {
        registry.close();
      }
    } finally {
      if (kafka != null) {
        kafka.close();
      }
    }
  }
}
