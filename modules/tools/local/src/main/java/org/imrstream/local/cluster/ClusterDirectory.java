package org.imrstream.local.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory of a {@link LocalCluster}: {@code cluster.id} (the cluster's id, chosen once)
 * and one folder {@code node-<i>} per node, holding that node's metadata log and topic data. A node
 * folder is formatted (as {@code kafka-storage format} would) only while it has no {@code
 * meta.properties}, so a restart keeps everything.
 */
final class ClusterDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterDirectory.class);
  private static final String META_PROPERTIES = "meta.properties";

  private final Path root;

  ClusterDirectory(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path nodeDir(int node) {
    return root.resolve("node-" + node);
  }

  /**
   * Refuses a directory made for another number of nodes: the quorum's voters are fixed when the
   * nodes are formatted, so a 1-node directory cannot become a 3-node cluster (nor the reverse).
   */
  void requireNodeCount(int nodes) throws IOException {
    int formatted = formattedNodes().size();
    if (formatted != 0 && formatted != nodes) {
      throw new IOException(
          root
              + " holds a cluster of "
              + formatted
              + " broker(s), not "
              + nodes
              + ": start it with "
              + formatted
              + " (--brokers "
              + formatted
              + ") or use another data directory");
    }
  }

  /**
   * The cluster's id: read from {@code cluster.id}, or chosen and written there on the first start.
   */
  String clusterId() throws IOException {
    Path file = root.resolve("cluster.id");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    String id = Uuid.randomUuid().toString();
    Files.createDirectories(root);
    // Written whole or not at all: a half-written id would strand every node formatted with the
    // full one.
    Path partial = root.resolve("cluster.id.partial");
    Files.writeString(partial, id + "\n", StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return id;
  }

  /** Formats {@code node}'s folder unless it already is. */
  void formatIfNew(int node, String clusterId) throws Exception {
    Path dir = nodeDir(node);
    if (Files.exists(dir.resolve(META_PROPERTIES))) {
      return;
    }
    Files.createDirectories(dir);
    LOG.info("formatting {} for node {} of cluster {}", dir, node, clusterId);
    new Formatter()
        // The formatter reports on standard output, which belongs to the caller (it prints the
        // cluster's address).
        .setPrintStream(
            new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
        .setNodeId(node)
        .setClusterId(clusterId)
        .setDirectories(List.of(dir.toString()))
        .setMetadataLogDirectory(dir.toString())
        .setControllerListenerName(NodeSettings.CONTROLLER_LISTENER)
        .setReleaseVersion(MetadataVersion.latestProduction())
        .run();
  }

  private List<Path> formattedNodes() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(child -> child.getFileName().toString().startsWith("node-"))
          .filter(child -> Files.exists(child.resolve(META_PROPERTIES)))
          .toList();
    }
  }
}
