package org.imrstream.apicurio;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.imrstream.local.cluster.LoopbackPorts;

/**
 * Apicurio Registry, the app that {@code modules/tools/apicurio/app} builds, running as a child JVM
 * on 127.0.0.1 until closed. Its storage is an in-memory H2 database, so every process starts
 * empty. Its output goes to a log file; a failed start says why with the log's last lines.
 *
 * <p>A child JVM and not a library in this one: the app runs on Quarkus 2.16 with Kafka clients 2.8
 * and Jackson 2.14, which must not meet the project's Kafka 4.3.1 on one classpath.
 */
final class ApicurioProcess implements AutoCloseable {

  /** The system property naming the app's {@code quarkus-run.jar} (set by the pom for failsafe). */
  static final String APP_JAR_PROPERTY = "imr.apicurio.app";

  /** The system property naming the folder for the children's logs. */
  static final String LOGS_PROPERTY = "imr.apicurio.logs";

  private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
  private static final String REGISTRY_V2_PATH = "/apis/registry/v2";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  /** A free port is found first and bound by the child a moment later: another may take it. */
  private static final int START_ATTEMPTS = 3;

  /**
   * The environment the child keeps. Apicurio reads dozens of variables (LOG_LEVEL, HTTP_PORT,
   * REGISTRY_*, KEYCLOAK_*, AUTH_ENABLED...): a developer's or CI's environment must not configure
   * the registry under test.
   */
  private static final Set<String> KEPT_ENVIRONMENT =
      Set.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "TZ");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread killOnExit;

  private ApicurioProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    // A test JVM that exits without closing (a crash, an abort) must not leave a registry behind.
    this.killOnExit = new Thread(this::stop, "apicurio-" + port + "-stop");
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Starts Apicurio and returns once its Confluent-compatible API answers.
   *
   * @param name names the log file, {@code <name>.log} in the logs folder
   */
  static ApicurioProcess start(String name) throws IOException, InterruptedException {
    Path app = appJar();
    Path logs = Path.of(System.getProperty(LOGS_PROPERTY, "target/apicurio-logs"));
    Files.createDirectories(logs);
    Path log = logs.resolve(name + ".log");
    Files.deleteIfExists(log); // a log of this run only; failed attempts append to it
    for (int attempt = 1; ; attempt++) {
      int port = LoopbackPorts.freeBlock(1);
      ProcessBuilder builder =
          new ProcessBuilder(command(app, port))
              .directory(logs.toFile()) // whatever the app writes lands under target/
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().keySet().removeIf(key -> !KEPT_ENVIRONMENT.contains(key));
      ApicurioProcess apicurio = new ApicurioProcess(builder.start(), port, log);
      try {
        apicurio.awaitReady();
        return apicurio;
      } catch (BindException e) {
        apicurio.close();
        if (attempt == START_ATTEMPTS) {
          throw e;
        }
      } catch (IOException | InterruptedException | RuntimeException e) {
        apicurio.close();
        throw e;
      }
    }
  }

  private static Path appJar() {
    String configured = System.getProperty(APP_JAR_PROPERTY);
    if (configured == null) {
      throw new IllegalStateException(
          "system property "
              + APP_JAR_PROPERTY
              + " is not set: run the tests with Maven (failsafe sets it)");
    }
    Path app = Path.of(configured);
    if (!Files.isRegularFile(app)) {
      throw new IllegalStateException(
          app
              + " does not exist: build the app first, e.g."
              + " ./mvnw verify -pl modules/tools/apicurio/it -am");
    }
    return app;
  }

  private static List<String> command(Path app, int port) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A small registry for a few tests: a bounded heap, a single-threaded collector and the quick
    // compiler only (half the start time on two busy cores) leave the CPU to the broker and the
    // tests.
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    // The ccompat API hands out content ids (the default, said out loud): one id per distinct
    // schema, whatever the subject, as Confluent's global ids. Apicurio's serde must then write
    // contentId too.
    command.add("-Dregistry.ccompat.legacy-id-mode.enabled=false");
    command.add("-jar");
    command.add(app.toString());
    return command;
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(ccompatUrl() + "/subjects"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = logTail();
        String failure =
            "Apicurio exited with code "
                + process.exitValue()
                + " before answering; the end of "
                + log
                + ":\n"
                + tail;
        if (tail.contains("Address already in use") || tail.contains("Port already bound")) {
          throw new BindException(failure);
        }
        throw new IllegalStateException(failure);
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    throw new IllegalStateException(
        "Apicurio did not answer within "
            + STARTUP_TIMEOUT.toSeconds()
            + " s; the end of "
            + log
            + ":\n"
            + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(cannot read the log: " + e + ")";
    }
  }

  /** {@code http://127.0.0.1:<port>/apis/ccompat/v7}, what {@code schema.registry.url} names. */
  String ccompatUrl() {
    return "http://127.0.0.1:" + port + CCOMPAT_PATH;
  }

  /** Apicurio's own API, which its serde ({@code apicurio.registry.url}) talks to. */
  String registryV2Url() {
    return "http://127.0.0.1:" + port + REGISTRY_V2_PATH;
  }

  /** Asks the registry to stop (SIGTERM: Quarkus shuts down cleanly), then kills it if it must. */
  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running or about to, and stop() is idempotent.
    }
  }
}
