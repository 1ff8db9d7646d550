package org.imrstream.local.cluster;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.Server;
import kafka.server.SharedServer;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * One combined broker + controller node, built from Kafka's own server classes exactly as {@link
 * KafkaRaftServer} builds them. KafkaRaftServer itself is not used because it only stops broker and
 * controller together: stopping a whole 3-node cluster one node at a time leaves the last broker
 * asking a quorum that is gone for leave to shut down (up to 5 minutes). Holding the two parts lets
 * {@link LocalCluster} stop every broker first, then the controllers, as Kafka's own test kit does.
 */
final class KRaftNode {

  private static final Logger LOG = LoggerFactory.getLogger(KRaftNode.class);

  private final int id;
  private final Map<String, Object> settings;
  private ControllerServer controller;
  private BrokerServer broker;

  KRaftNode(int id, Map<String, Object> settings) {
    this.id = id;
    this.settings = Map.copyOf(settings);
  }

  int id() {
    return id;
  }

  synchronized boolean running() {
    return broker != null || controller != null;
  }

  /**
   * Starts the controller, then the broker, from the node's formatted folder, listening on the
   * sockets that {@code sockets} holds. Returns once the broker is unfenced, which takes a quorum:
   * with 3 nodes, start at least 2 at the same time.
   */
  synchronized void start(ServerSocketFactory sockets) {
    if (running()) {
      throw new IllegalStateException("node " + id + " is already running");
    }
    // A new KafkaConfig on every start: the servers register dynamic-config listeners on the one
    // they are given.
    KafkaConfig config = new KafkaConfig(settings, false);
    String logPrefix = "[LocalCluster node " + id + "] ";
    Tuple2<MetaPropertiesEnsemble, BootstrapMetadata> storage =
        KafkaRaftServer.initializeLogDirs(config, LOG, logPrefix);
    Metrics metrics = Server.initializeMetrics(config, Time.SYSTEM, storage._1().clusterId().get());
    SharedServer shared =
        new SharedServer(
            config,
            storage._1(),
            Time.SYSTEM,
            metrics,
            CompletableFuture.completedFuture(
                QuorumConfig.parseVoterConnections(config.quorumConfig().voters())),
            QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()),
            new LoggingFaultHandlerFactory(),
            sockets);
    try {
      controller = new ControllerServer(shared, KafkaRaftServer.configSchema(), storage._2());
      broker = new BrokerServer(shared);
      // The controller first, as KafkaRaftServer does: the broker learns the controller endpoints
      // from it.
      controller.startup();
      broker.startup();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /**
   * Stops the whole node: broker first (a controlled shutdown hands its partitions over), then
   * controller.
   */
  synchronized void stop() {
    stopBroker();
    stopController();
  }

  synchronized void stopBroker() {
    if (broker != null) {
      broker.shutdown();
      broker.awaitShutdown();
      broker = null;
    }
  }

  synchronized void stopController() {
    if (controller != null) {
      controller.shutdown();
      controller.awaitShutdown();
      controller = null;
    }
  }
}
