package org.imrstream.dev.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code imr} command in a JVM of its own, run from the packaged {@code imr.jar} as a user runs
 * it, with its stdout and stderr in files (a test failure names them). {@link #kill()} is SIGKILL:
 * no shutdown hook, no close, the open transaction left behind; {@link #stop()} is the user's
 * SIGTERM.
 */
public final class ImrProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private ImrProcess(String name, Process process, Path stdout, Path stderr) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code imr args...}; {@code logs} receives {@code name.out} and {@code name.err}. */
  public static ImrProcess start(String name, Path logs, String... args) throws IOException {
    return startJar(imrJar(), name, logs, args);
  }

  /** Starts {@code java -jar jar args...}: the developer's imr or the production one. */
  public static ImrProcess startJar(String jar, String name, Path logs, String... args)
      throws IOException {
    Files.createDirectories(logs);
    List<String> command =
        new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar));
    command.addAll(List.of(args));
    Path out = uniqueFile(logs, name, ".out");
    Path err = uniqueFile(logs, name, ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("IMR_LOG_LEVEL", "INFO");
    return new ImrProcess(name, builder.start(), out, err);
  }

  /** The developer's imr the build just packaged (failsafe runs after the package phase). */
  public static String imrJar() {
    return packaged(System.getProperty("imr.jar", "target/imr-dev/imr-dev.jar"));
  }

  /** The production imr (modules/imr's distribution), packaged earlier in the same build. */
  public static String productionJar() {
    return packaged(
        Path.of(System.getProperty("imr.production.dir", "../imr/target/imr"), "imr.jar")
            .toString());
  }

  private static String packaged(String jar) {
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "no " + jar + ": the integration tests run on the packaged jar (mvn verify)");
    }
    return jar;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path uniqueFile(Path dir, String name, String suffix) {
    Path file = dir.resolve(name + suffix);
    for (int i = 2; Files.exists(file); i++) {
      file = dir.resolve(name + "-" + i + suffix);
    }
    return file;
  }

  /** Waits for a line of stdout that starts with {@code prefix}; returns the rest of it. */
  public String awaitLine(String prefix, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
        if (line.startsWith(prefix)) {
          return line.substring(prefix.length());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with "
                + process.exitValue()
                + " before printing '"
                + prefix
                + "'; stderr: "
                + tail(stderr));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        name + " printed no '" + prefix + "' within " + timeout + "; stderr: " + tail(stderr));
  }

  /** Sends one line to the process's standard input. */
  public void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** SIGKILL, as a crash or the OOM killer would: waits until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as a user or a supervisor stops it; returns the exit status. */
  public int stop(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(name + " did not stop within " + timeout + " of SIGTERM");
    }
    return process.exitValue();
  }

  /** Waits for the process to end by itself; returns the exit status. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " still runs after " + timeout);
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  public String stdout() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static String tail(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** Never leaves a JVM behind, whatever the test did. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}
