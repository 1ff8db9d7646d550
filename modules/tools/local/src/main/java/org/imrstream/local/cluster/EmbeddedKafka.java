package org.imrstream.local.cluster;

import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.imrstream.cluster.TopicCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) running in this JVM, listening
 * on 127.0.0.1 only, on ports free at start. Settings are those of a one-broker {@link
 * LocalCluster}: replication factor 1 for the internal and transaction topics, so that exactly-once
 * works.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  /**
   * Free ports are found first and bound a moment later: another process may take one in between.
   */
  private static final int START_ATTEMPTS = 5;

  private final LocalCluster cluster;
  private final Path baseDirectory;

  private EmbeddedKafka(LocalCluster cluster, Path baseDirectory) {
    this.cluster = cluster;
    this.baseDirectory = baseDirectory;
  }

  /** Formats and starts a fresh cluster in a temporary folder (deleted on close). */
  public static EmbeddedKafka start() throws Exception {
    return start(null);
  }

  /**
   * Formats and starts a cluster in {@code baseDirectory} (deleted on close); null means a
   * temporary folder.
   */
  public static EmbeddedKafka start(Path baseDirectory) throws Exception {
    for (int attempt = 1; ; attempt++) {
      int clientPort = LoopbackPorts.freeBlock(2); // and the next one for the controller
      int controllerPort = clientPort + 1;
      var config = new LocalCluster.Config(1, clientPort, controllerPort, baseDirectory);
      try {
        LocalCluster cluster = LocalCluster.start(config);
        EmbeddedKafka kafka = new EmbeddedKafka(cluster, baseDirectory);
        LOG.info("embedded Kafka ready at {}", kafka.bootstrapServers());
        return kafka;
      } catch (Exception e) {
        if (attempt == START_ATTEMPTS || !causedByBind(e)) {
          throw e;
        }
        LOG.debug(
            "ports {} and {} were taken meanwhile: {}", clientPort, controllerPort, e.toString());
      }
    }
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Creates the pipeline's topics where missing (see {@link TopicCreator}). */
  public List<String> createPipelineTopics(int partitions)
      throws ExecutionException, InterruptedException {
    try (Admin admin = admin()) {
      return TopicCreator.createMissing(admin, partitions, (short) 1);
    }
  }

  /** Creates one plain topic (tests). */
  public void createTopics(String name, int partitions)
      throws ExecutionException, InterruptedException {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } finally {
      Directories.deleteQuietly(baseDirectory);
    }
  }
}
