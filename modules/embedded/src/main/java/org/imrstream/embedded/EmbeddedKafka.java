package org.imrstream.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.imrstream.common.TopicCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) running in this JVM, listening on loopback.
 * Settings are those of a one-broker cluster: replication factor 1 for the internal and transaction topics, so
 * that exactly-once works.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts a fresh cluster in a temporary folder (deleted on close). */
  public static EmbeddedKafka start() throws Exception {
    return start(null);
  }

  /** Formats and starts a fresh cluster; {@code baseDirectory} null means a temporary folder. */
  public static EmbeddedKafka start(Path baseDirectory) throws Exception {
    TestKitNodes.Builder nodes = new TestKitNodes.Builder()
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .setBootstrapMetadataVersion(MetadataVersion.latestProduction());
    if (baseDirectory != null) {
      nodes.setBaseDirectory(baseDirectory);
    }
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes.build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "4")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("transaction.state.log.num.partitions", "4")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("auto.create.topics.enable", "false")
        .setConfigProp("message.max.bytes", String.valueOf(32 * 1024 * 1024))
        .setConfigProp("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE))
        .setConfigProp("log.message.timestamp.before.max.ms", String.valueOf(Long.MAX_VALUE))
        .build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    EmbeddedKafka kafka = new EmbeddedKafka(cluster);
    LOG.info("embedded Kafka ready at {}", kafka.bootstrapServers());
    return kafka;
  }

  /**
   * Kafka's storage formatter prints its progress to standard output, which is where the demo prints its results;
   * the formatting runs alone at startup, so standard output is muted for that moment only.
   */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      cluster.format();
    } finally {
      System.setOut(stdout);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Creates the pipeline's topics where missing (see {@link TopicCreator}). */
  public List<String> createPipelineTopics(int partitions) throws ExecutionException, InterruptedException {
    try (Admin admin = admin()) {
      return TopicCreator.createMissing(admin, partitions, (short) 1);
    }
  }

  /** Creates one plain topic (tests). */
  public void createTopics(String name, int partitions) throws ExecutionException, InterruptedException {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("embedded Kafka did not shut down cleanly", e);
    }
  }
}
