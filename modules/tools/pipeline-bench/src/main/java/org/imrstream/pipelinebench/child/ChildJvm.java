package org.imrstream.pipelinebench.child;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import org.imrstream.command.CommandFailure;

/**
 * A Streams app in a JVM of its own, started from this JVM's class path with the benchmark's JVM
 * options (e.g. {@code -Xmx256m}), so that its heap and resident set are its own. It serves health
 * and metrics on a loopback port chosen here; its stdout and stderr go to files that a failure
 * names.
 */
public final class ChildJvm implements AutoCloseable {

  /** Stands for the child's HTTP port in its arguments. */
  public static final String HTTP_PORT = "{http-port}";

  /** Logging of the tools: quiet brokers, state changes at INFO, to stderr (our log file). */
  private static final String LOGGING = "-Dlogback.configurationFile=logback-local.xml";

  private final String name;
  private final Process process;
  private final int httpPort;
  private final Path stderr;
  private final Thread reaper;

  private ChildJvm(String name, Process process, int httpPort, Path stderr) {
    this.name = name;
    this.process = process;
    this.httpPort = httpPort;
    this.stderr = stderr;
    // A benchmark stopped by Ctrl-C or a failure never leaves a Streams JVM behind.
    this.reaper = new Thread(process::destroyForcibly, "bench-child-reaper-" + name);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts {@code java <jvmOptions> -cp <this class path> <mainClass> <args>}; {@code args} may
   * hold {@link #HTTP_PORT}, replaced by the port the child must serve health and metrics on.
   */
  public static ChildJvm start(
      String name, Path logs, List<String> jvmOptions, String mainClass, List<String> args)
      throws IOException {
    Files.createDirectories(logs);
    int port = freeLoopbackPort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Dlogback.configurationFile"))) {
      command.add(LOGGING);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    args.forEach(arg -> command.add(arg.replace(HTTP_PORT, Integer.toString(port))));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    return new ChildJvm(name, process, port, err);
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return name;
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until the child's Streams client is RUNNING ({@code /health/ready} answers 200).
   *
   * @throws CommandFailure when it exits or is not ready in time, with the end of its log
   */
  public void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(httpUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new CommandFailure(name + " was not RUNNING within " + timeout + failureContext());
  }

  /** Fails with the end of the child's log when it is no longer running. */
  public void requireAlive() {
    if (!process.isAlive()) {
      throw new CommandFailure(
          name + " exited with status " + process.exitValue() + failureContext());
    }
  }

  /**
   * Asks the child to stop (SIGTERM, as a user stops {@code imr streams}) and waits for it.
   *
   * @return its exit status (0 after a clean stop)
   */
  public int stop(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
    return process.exitValue();
  }

  /** The last lines of its log and where the whole log is. */
  public String failureContext() {
    String tail;
    try {
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      tail =
          lines.subList(Math.max(0, lines.size() - 3), lines.size()).stream()
              .map(String::strip)
              .reduce((a, b) -> a + " | " + b)
              .orElse("");
    } catch (IOException | RuntimeException e) {
      tail = "";
    }
    return "; its log is " + stderr + (tail.isEmpty() ? "" : " (last lines: " + tail + ")");
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
