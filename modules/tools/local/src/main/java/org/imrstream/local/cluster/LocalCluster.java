package org.imrstream.local.cluster;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster in this JVM: 1 or 3 combined broker + controller KRaft nodes, listening on
 * 127.0.0.1 only, with their data in one directory that survives a restart (topics, records,
 * committed offsets).
 *
 * <p>Node {@code i} (0-based) serves clients on {@code port + i} and the controller quorum on
 * {@code controllerPort + i}; the controller ports default to {@code port + 100 + i}. Its data
 * lives in {@code dataDir/node-<i>}, the cluster id in {@code dataDir/cluster.id} (see {@link
 * ClusterDirectory}).
 *
 * <p>Broker settings: see {@link NodeSettings} (replication factor and {@code min.insync.replicas}
 * follow the node count, topics are never auto-created, 33 MiB messages, any record timestamp).
 */
public final class LocalCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
  private static final long READY_TIMEOUT_MS = 60_000;

  /**
   * @param brokers 1 or 3
   * @param port the first node's client port
   * @param controllerPort the first node's controller port; 0 means {@code port + 100}
   * @param dataDir where the cluster keeps its data; null means a temporary folder, deleted on
   *     close
   */
  public record Config(int brokers, int port, int controllerPort, Path dataDir) {

    public Config {
      if (brokers != 1 && brokers != 3) {
        throw new IllegalArgumentException("a local cluster has 1 or 3 brokers, not " + brokers);
      }
      controllerPort = controllerPort == 0 ? port + 100 : controllerPort;
      requirePortRange("port", port, brokers);
      requirePortRange("controller port", controllerPort, brokers);
      if (port < controllerPort + brokers && controllerPort < port + brokers) {
        throw new IllegalArgumentException(
            "client ports "
                + port
                + ".."
                + (port + brokers - 1)
                + " and controller ports "
                + controllerPort
                + ".."
                + (controllerPort + brokers - 1)
                + " overlap");
      }
    }

    /** Controller ports at {@code port + 100}. */
    public static Config of(int brokers, int port, Path dataDir) {
      return new Config(brokers, port, 0, dataDir);
    }

    public int clientPort(int node) {
      return port + node;
    }

    public int controllerPort(int node) {
      return controllerPort + node;
    }

    /** The client and the controller port of {@code node}. */
    public List<Integer> nodePorts(int node) {
      return List.of(clientPort(node), controllerPort(node));
    }

    /** Every port the cluster listens on: client ports, then controller ports. */
    public List<Integer> ports() {
      List<Integer> ports = new ArrayList<>();
      for (int node = 0; node < brokers; node++) {
        ports.add(clientPort(node));
      }
      for (int node = 0; node < brokers; node++) {
        ports.add(controllerPort(node));
      }
      return ports;
    }

    private static void requirePortRange(String what, int first, int count) {
      if (first < 1 || first + count - 1 > 65535) {
        throw new IllegalArgumentException(
            what + " " + first + " leaves no room for " + count + " port(s) within 1..65535");
      }
    }
  }

  private final Config config;
  private final ClusterDirectory directory;
  private final boolean temporaryDirectory;
  private final List<KRaftNode> nodes;
  private boolean closed;

  private LocalCluster(
      Config config,
      ClusterDirectory directory,
      boolean temporaryDirectory,
      List<KRaftNode> nodes) {
    this.config = config;
    this.directory = directory;
    this.temporaryDirectory = temporaryDirectory;
    this.nodes = nodes;
  }

  /**
   * Formats what is new in the data directory, starts every node and returns once all brokers serve
   * clients.
   *
   * @throws BindException when a port is taken ({@code port 9092 on 127.0.0.1 is in use})
   * @throws IOException when the data directory was made for another number of nodes, or cannot be
   *     used
   */
  public static LocalCluster start(Config config) throws Exception {
    List<PreboundSockets> sockets = reserve(config);
    try {
      return startOn(config, sockets);
    } finally {
      sockets.forEach(
          PreboundSockets::close); // those Kafka did not take: only after a failed start
    }
  }

  private static LocalCluster startOn(Config config, List<PreboundSockets> sockets)
      throws Exception {
    boolean temporary = config.dataDir() == null;
    Path root = temporary ? Files.createTempDirectory("imr-kafka-") : config.dataDir();
    ClusterDirectory directory = new ClusterDirectory(root);
    List<KRaftNode> nodes = new ArrayList<>();
    LocalCluster cluster = new LocalCluster(config, directory, temporary, nodes);
    try {
      directory.requireNodeCount(config.brokers());
      String clusterId = directory.clusterId();
      for (int node = 0; node < config.brokers(); node++) {
        directory.formatIfNew(node, clusterId);
        Map<String, Object> settings =
            NodeSettings.properties(config, node, directory.nodeDir(node));
        nodes.add(new KRaftNode(node, settings));
      }
      // All at once: with 3 nodes no broker finishes starting before a majority of controllers is
      // up.
      inParallel(nodes, node -> node.start(sockets.get(node.id())));
      cluster.awaitBrokers(config.brokers());
    } catch (Exception | Error e) {
      cluster.close();
      throw unwrap(e);
    }
    LOG.info(
        "local Kafka cluster of {} node(s) ready at {} (data in {})",
        config.brokers(),
        cluster.bootstrapServers(),
        root);
    return cluster;
  }

  /**
   * {@code 127.0.0.1:<port>,...}: every node, so that clients reach a broker whichever ones are
   * down.
   */
  public String bootstrapServers() {
    StringJoiner servers = new StringJoiner(",");
    for (int node = 0; node < config.brokers(); node++) {
      servers.add("127.0.0.1:" + config.clientPort(node));
    }
    return servers.toString();
  }

  public Config config() {
    return config;
  }

  public Path dataDir() {
    return directory.root();
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  public synchronized boolean isRunning(int node) {
    return node(node).running();
  }

  /**
   * Stops node {@code node} (broker, with a controlled shutdown, then controller); its data and
   * ports stay its own. With 3 nodes the other two keep serving; stopping a second one leaves the
   * quorum without a majority.
   */
  public synchronized void stopNode(int node) {
    KRaftNode target = node(node);
    if (!target.running()) {
      throw new IllegalStateException("node " + node + " is not running");
    }
    LOG.info("stopping node {}", node);
    target.stop();
  }

  /**
   * Starts a node stopped by {@link #stopNode} again, with the same data and ports; returns once it
   * serves.
   *
   * @throws BindException when another process took one of its ports meanwhile
   */
  public synchronized void startNode(int node) throws IOException {
    KRaftNode target = node(node);
    if (closed) {
      throw new IllegalStateException("the cluster is closed");
    }
    if (target.running()) {
      throw new IllegalStateException("node " + node + " is already running");
    }
    LOG.info("starting node {}", node);
    try (PreboundSockets sockets = PreboundSockets.bind(config.nodePorts(node))) {
      target.start(sockets);
    }
  }

  /**
   * Stops every broker, then every controller (so that the brokers' controlled shutdowns have a
   * quorum).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      inParallel(nodes, quietly("broker", KRaftNode::stopBroker));
      inParallel(nodes, quietly("controller", KRaftNode::stopController));
    } finally {
      if (temporaryDirectory) {
        Directories.deleteQuietly(directory.root());
      }
    }
  }

  /**
   * Every node's ports, bound before anything starts: a port in use fails the start before any node
   * runs.
   */
  private static List<PreboundSockets> reserve(Config config) throws IOException {
    List<PreboundSockets> sockets = new ArrayList<>();
    try {
      for (int node = 0; node < config.brokers(); node++) {
        sockets.add(PreboundSockets.bind(config.nodePorts(node)));
      }
      return sockets;
    } catch (IOException | RuntimeException e) {
      sockets.forEach(PreboundSockets::close);
      throw e;
    }
  }

  private KRaftNode node(int node) {
    if (node < 0 || node >= config.brokers()) {
      throw new IllegalArgumentException(
          "no node " + node + ": nodes are 0.." + (config.brokers() - 1));
    }
    return nodes.get(node);
  }

  /**
   * Waits until the brokers know of one another, so that the first topic created can use all of
   * them.
   */
  private void awaitBrokers(int count) throws Exception {
    long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
    try (Admin admin = admin()) {
      while (admin.describeCluster().nodes().get(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS).size()
          < count) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(
              "the brokers did not all register within " + READY_TIMEOUT_MS + " ms");
        }
        Thread.sleep(100);
      }
    }
  }

  private static void inParallel(List<KRaftNode> nodes, Consumer<KRaftNode> action) {
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (KRaftNode node : nodes) {
      running.add(
          CompletableFuture.runAsync(
              () -> action.accept(node),
              runnable -> {
                Thread thread = new Thread(runnable, "local-cluster-node-" + node.id());
                thread.start();
              }));
    }
    CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
  }

  /**
   * A stop that logs its failure, so that one node's trouble does not leave the other nodes
   * running.
   */
  private static Consumer<KRaftNode> quietly(String part, Consumer<KRaftNode> stop) {
    return node -> {
      try {
        stop.accept(node);
      } catch (RuntimeException e) {
        LOG.warn("the {} of node {} did not stop cleanly", part, node.id(), e);
      }
    };
  }

  private static Exception unwrap(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof Error error) {
      throw error;
    }
    return (Exception) cause;
  }
}
