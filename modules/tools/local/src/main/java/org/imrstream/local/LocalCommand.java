package org.imrstream.local;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.imrstream.command.StopSignals;
import org.imrstream.local.cluster.LocalCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code imr local}: a real Kafka cluster (KRaft, 1 or 3 brokers) and a Confluent-API schema
 * registry on 127.0.0.1, as a long-running process for local development, drills and tests. Once
 * both serve, it prints {@code bootstrap.servers=...} and {@code schema.registry.url=...} on
 * standard output (logs go to standard error), then runs until SIGTERM or Ctrl-C, shuts down
 * cleanly and exits 0.
 */
@Command(
    name = "local",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a Kafka cluster (KRaft, combined broker + controller nodes) and a schema registry (Confluent "
          + "REST API) on 127.0.0.1 until SIGTERM or Ctrl-C. Once ready prints 'bootstrap.servers=...' and "
          + "'schema.registry.url=...' on standard output; logs go to standard error.",
      "Broker I (0-based) serves clients on --port + I and its controller on --controller-port + I.",
      "With --data-dir, a restart keeps topics, records, committed offsets and schema ids.",
      "Control lines on standard input, each answered 'ok ...' or 'error ...' on standard output: "
          + ControlCommands.USAGE
          + ". The end of standard input does not stop the process."
    })
public final class LocalCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(LocalCommand.class);

  @Option(
      names = "--brokers",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Number of brokers: 1 or 3 (default: ${DEFAULT-VALUE}). With 3, topics default to 3 replicas "
              + "and min.insync.replicas 2, so writes go on with one broker down.")
  int brokers;

  @Option(
      names = "--port",
      defaultValue = "9092",
      paramLabel = "PORT",
      description = "Client port of broker 0; broker I uses port + I (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--controller-port",
      paramLabel = "PORT",
      description =
          "Controller (KRaft quorum) port of broker 0; broker I uses it + I (default: --port + 100).")
  int controllerPort;

  @Option(
      names = "--registry-port",
      defaultValue = "8081",
      paramLabel = "PORT",
      description = "Port of the schema registry (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where to keep the data across restarts (created if missing). Default: a temporary folder, "
              + "deleted on exit.")
  Path dataDir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LocalCluster.Config clusterConfig = validated();
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch stopRequested = new CountDownLatch(1);
    StopSignals.onStop(stopRequested::countDown);

    LocalStack stack;
    try {
      DataDir dir = DataDir.of(dataDir);
      stack = new LocalStack(dir, withDataDir(clusterConfig, dir.path()), registryPort);
    } catch (Exception e) {
      return cannotStart(err, e);
    }
    // Whatever ends the JVM (SIGHUP, System.exit elsewhere) still closes Kafka cleanly and waits
    // for it.
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "imr-local-shutdown"));
    try {
      stack.start();
    } catch (Exception e) {
      stack.close();
      return cannotStart(err, e);
    }

    if (stopRequested.getCount() > 0) {
      StdoutLines out = new StdoutLines(spec.commandLine().getOut());
      out.line("bootstrap.servers=" + stack.bootstrapServers());
      out.line("schema.registry.url=" + stack.registryUrl());
      StdinControl.start(System.in, new ControlCommands(stack), out);
      stopRequested.await();
    }
    stack.close();
    return 0;
  }

  private LocalCluster.Config validated() {
    if (brokers != 1 && brokers != 3) {
      throw new ParameterException(spec.commandLine(), "--brokers must be 1 or 3, not " + brokers);
    }
    LocalCluster.Config config;
    try {
      config = new LocalCluster.Config(brokers, port, controllerPort, null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "invalid ports: " + e.getMessage());
    }
    if (registryPort < 1 || registryPort > 65535) {
      throw new ParameterException(spec.commandLine(), "--registry-port must be within 1..65535");
    }
    if (config.ports().contains(registryPort)) {
      throw new ParameterException(
          spec.commandLine(),
          "--registry-port " + registryPort + " is one of the brokers' ports " + config.ports());
    }
    return config;
  }

  private static LocalCluster.Config withDataDir(LocalCluster.Config config, Path dir) {
    return new LocalCluster.Config(config.brokers(), config.port(), config.controllerPort(), dir);
  }

  private static int cannotStart(PrintWriter err, Exception e) {
    LOG.debug("startup failed", e);
    err.println("imr local: cannot start: " + StartupFailure.describe(e));
    err.flush();
    return 1;
  }
}
