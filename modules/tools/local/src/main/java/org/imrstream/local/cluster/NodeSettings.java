package org.imrstream.local.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The server configuration of one combined broker + controller node of a {@link LocalCluster}. */
final class NodeSettings {

  static final String CLIENT_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  /**
   * Room for a 32 MiB letter plus a dead letter's or a record's metadata (as the pipeline topics
   * allow).
   */
  static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024 + 1024 * 1024;

  /**
   * Kafka's default is 128 MiB per node, allocated at startup; three nodes in one JVM would hold
   * 384 MiB for it. 16 MiB still dedupes about 600,000 keys per cleaning pass, far more than a
   * local cluster's compacted topics.
   */
  private static final int CLEANER_DEDUPE_BUFFER_BYTES = 16 * 1024 * 1024;

  /**
   * A node that cannot reach its quorum fails its start after this long instead of waiting forever.
   */
  private static final long MAX_STARTUP_MS = 120_000;

  private NodeSettings() {}

  static Map<String, Object> properties(LocalCluster.Config cluster, int node, Path dir) {
    int brokers = cluster.brokers();
    // With three nodes everything that matters survives one node down: 3 replicas, and writes need
    // 2 of them.
    String replicas = String.valueOf(Math.min(3, brokers));
    String minInSync = brokers >= 3 ? "2" : "1";

    Map<String, Object> props = new HashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(node));
    // Explicit 127.0.0.1 hosts: Kafka binds exactly these addresses, and advertises the client one
    // as it is.
    props.put(
        "listeners",
        CLIENT_LISTENER
            + "://127.0.0.1:"
            + cluster.clientPort(node)
            + ","
            + CONTROLLER_LISTENER
            + "://127.0.0.1:"
            + cluster.controllerPort(node));
    props.put(
        "listener.security.protocol.map",
        CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", CLIENT_LISTENER);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    // A static quorum: every node is a voter, known by id and fixed port, so no voter set lives in
    // the storage.
    props.put("controller.quorum.voters", voters(cluster));
    props.put("log.dirs", dir.toString());
    props.put("metadata.log.dir", dir.toString());
    props.put("server.max.startup.time.ms", String.valueOf(MAX_STARTUP_MS));

    props.put("default.replication.factor", brokers >= 3 ? "3" : "1");
    props.put("min.insync.replicas", minInSync);
    props.put("offsets.topic.replication.factor", replicas);
    props.put("offsets.topic.num.partitions", "4");
    props.put("transaction.state.log.replication.factor", replicas);
    props.put("transaction.state.log.min.isr", minInSync);
    props.put("transaction.state.log.num.partitions", "4");
    props.put("share.coordinator.state.topic.replication.factor", replicas);
    props.put("share.coordinator.state.topic.min.isr", minInSync);

    props.put("auto.create.topics.enable", "false");
    props.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
    // Letters carry their decision dates, years old, as record timestamps: any timestamp is
    // accepted.
    props.put("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE));
    props.put("log.message.timestamp.before.max.ms", String.valueOf(Long.MAX_VALUE));
    props.put("group.initial.rebalance.delay.ms", "0");
    // A restarted broker is let back in only once the active controller lets its old session lapse
    // (9 s by
    // default): shorter sessions make startNode quick. Heartbeats every second leave 5 missed ones
    // of slack.
    props.put("broker.heartbeat.interval.ms", "1000");
    props.put("broker.session.timeout.ms", "5000");
    props.put("log.cleaner.dedupe.buffer.size", String.valueOf(CLEANER_DEDUPE_BUFFER_BYTES));
    return props;
  }

  private static String voters(LocalCluster.Config cluster) {
    StringJoiner voters = new StringJoiner(",");
    for (int node = 0; node < cluster.brokers(); node++) {
      voters.add(node + "@127.0.0.1:" + cluster.controllerPort(node));
    }
    return voters.toString();
  }
}
