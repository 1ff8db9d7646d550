package org.imrstream.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.imrstream.local.cluster.LocalCluster;
import org.imrstream.local.cluster.LoopbackPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code imr local} runs: a {@link LocalCluster} and a {@link LocalRegistry}, with their data
 * in one {@link DataDir} ({@code node-<i>/} and {@code cluster.id} for Kafka, {@code
 * schema-registry.jsonl} for the registry). Every method is synchronized, so a control line and a
 * shutdown never overlap: a shutdown waits for the control line being run, and control lines after
 * it are refused.
 */
final class LocalStack implements LocalControls, AutoCloseable {

  static final String REGISTRY_FILE = "schema-registry.jsonl";

  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

  private final DataDir dataDir;
  private final LocalCluster.Config clusterConfig;
  private final int registryPort;
  private final LocalRegistry registry;
  private LocalCluster cluster;
  private boolean closed;

  /**
   * @param clusterConfig its data directory is {@code dataDir}'s
   */
  LocalStack(DataDir dataDir, LocalCluster.Config clusterConfig, int registryPort) {
    this.dataDir = dataDir;
    this.clusterConfig = clusterConfig;
    this.registryPort = registryPort;
    this.registry = new LocalRegistry(dataDir.path().resolve(REGISTRY_FILE), registryPort);
  }

  /**
   * Starts the registry, then Kafka; every port is checked first, so a clash fails before anything
   * runs.
   */
  synchronized void start() throws Exception {
    requireOpen();
    List<Integer> ports = new ArrayList<>(clusterConfig.ports());
    ports.add(registryPort);
    LoopbackPorts.requireFree(ports);
    registry.start();
    cluster = LocalCluster.start(clusterConfig);
    LOG.info(
        "data in {}{}", dataDir.path(), dataDir.temporary() ? " (temporary, deleted on exit)" : "");
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  String registryUrl() {
    return registry.url();
  }

  @Override
  public synchronized void stopBroker(int broker) {
    requireStarted();
    cluster.stopNode(broker);
  }

  @Override
  public synchronized void startBroker(int broker) throws IOException {
    requireStarted();
    cluster.startNode(broker);
  }

  @Override
  public synchronized void stopRegistry() {
    requireStarted();
    registry.stop();
  }

  @Override
  public synchronized void startRegistry() throws Exception {
    requireStarted();
    registry.start();
  }

  /**
   * Stops the registry, then Kafka, then deletes a temporary data folder. Safe to call again, from
   * any thread.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      registry.close();
    } catch (RuntimeException e) {
      LOG.warn("the schema registry did not stop cleanly", e);
    }
    boolean started = cluster != null;
    try {
      if (started) {
        cluster.close();
      }
    } finally {
      dataDir.close();
    }
    if (started) {
      LOG.info("stopped");
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("shutting down");
    }
  }

  private void requireStarted() {
    requireOpen();
    if (cluster == null) {
      throw new IllegalStateException("not started");
    }
  }
}
