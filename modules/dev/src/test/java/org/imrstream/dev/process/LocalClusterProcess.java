package org.imrstream.dev.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code imr local} as its own process: a real KRaft cluster and schema registry on loopback, which
 * the test drives over the command's stdin ({@code stop-broker 1}, {@code stop-registry}, ...) to
 * make faults.
 */
public final class LocalClusterProcess implements AutoCloseable {

  private final ImrProcess process;
  private final String bootstrapServers;
  private final String registryUrl;

  private LocalClusterProcess(ImrProcess process, String bootstrapServers, String registryUrl) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
  }

  /** Starts {@code imr local --brokers N} on free ports with its data in {@code dataDir}. */
  public static LocalClusterProcess start(int brokers, Path dataDir, Path logs) throws Exception {
    int port = freePortRange(brokers);
    ImrProcess process =
        ImrProcess.start(
            "local",
            logs,
            "local",
            "--brokers",
            Integer.toString(brokers),
            "--port",
            Integer.toString(port),
            "--registry-port",
            Integer.toString(freePortRange(1)),
            "--data-dir",
            dataDir.toString());
    try {
      String bootstrap = process.awaitLine("bootstrap.servers=", Duration.ofMinutes(2));
      String registry = process.awaitLine("schema.registry.url=", Duration.ofMinutes(1));
      return new LocalClusterProcess(process, bootstrap, registry);
    } catch (Exception e) {
      process.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String registryUrl() {
    return registryUrl;
  }

  /**
   * Sends a control line ({@code stop-broker 1}, {@code start-registry}) and waits for its {@code
   * ok}.
   */
  public void control(String command) throws IOException, InterruptedException {
    process.send(command);
    process.awaitLine("ok " + command, Duration.ofMinutes(2));
  }

  public ImrProcess process() {
    return process;
  }

  /**
   * A port with {@code count} free ports from it on, well below the ephemeral range, so that the
   * broker ports (port, port + 1, ...) are free too; checked by binding each.
   */
  static int freePortRange(int count) {
    for (int attempt = 0; attempt < 200; attempt++) {
      int base = 20000 + (int) (Math.random() * 20000);
      if (allFree(base, count) && allFree(base + 100, count)) {
        return base;
      }
    }
    throw new IllegalStateException("no free port range found on 127.0.0.1");
  }

  private static boolean allFree(int base, int count) {
    for (int p = base; p < base + count; p++) {
      try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
        socket.setReuseAddress(true);
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stops the cluster as a user would (SIGTERM), forcing it down if it does not stop within a
   * minute.
   */
  @Override
  public void close() {
    try {
      if (process.isAlive()) {
        process.stop(Duration.ofMinutes(1));
      }
    } catch (IllegalStateException e) {
      // already forced down by stop()
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      process.close();
    }
  }
}
