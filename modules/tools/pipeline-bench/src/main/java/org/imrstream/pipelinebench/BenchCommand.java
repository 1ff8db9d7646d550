package org.imrstream.pipelinebench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imrstream.command.CommandFailure;
import org.imrstream.command.DurationConverter;
import org.imrstream.command.OneLineFailures;
import org.imrstream.command.OneLineUsageErrors;
import org.imrstream.command.StopSignals;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code imr bench}: the pipeline measured end to end on a real cluster (issue 9). Only wiring:
 * {@link BenchRun} runs the phases.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the pipeline on a cluster (a running one, or one started in this JVM for the run):"
          + " imr produce against a bare producer loop; the pipeline against a plain Kafka Streams"
          + " pass-through with the same settings on the same preloaded letters (text, then PDF):"
          + " letters/s, MB/s, time until the counts are final, heap, RSS, records written per"
          + " decision; then end-to-end latency and counts lag at steady rates. Each Streams app"
          + " runs in a JVM of its own. Prints a table per phase to stdout; --json writes every"
          + " figure.",
      "Exit status: 0 when every phase ran, 1 when one failed (one line on stderr says why)."
    })
public final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      description =
          "A running cluster (e.g. imr local's); without it the run starts Kafka and a schema"
              + " registry in this JVM on loopback and stops them afterwards.")
  String bootstrapServers;

  @Option(
      names = "--schema-registry-url",
      paramLabel = "URL",
      description = "The running cluster's schema registry (default: http://localhost:8081).")
  String registryUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Client properties for every client and Streams app of the run (security, Streams"
              + " settings such as commit.interval.ms), as --config of the other commands.")
  Path config;

  @Option(
      names = "--timeout",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long to wait for the cluster (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--phase-timeout",
      defaultValue = "60m",
      converter = DurationConverter.class,
      description =
          "How long one Streams app may take to process a phase's letters (default:"
              + " ${DEFAULT-VALUE}).")
  Duration phaseTimeout;

  @Option(
      names = "--letters",
      defaultValue = "20000",
      description =
          "Generated text letters of the produce and text phases (default: ${DEFAULT-VALUE}).")
  int letters;

  @Option(
      names = "--pdf-letters",
      defaultValue = "2000",
      description =
          "PDF letters of the PDF phase: the corpus's PDFs round-robin (default: ${DEFAULT-VALUE}).")
  int pdfLetters;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "The shared corpus (its letters/*.pdf); default: -Dimr.corpus, else shared/corpus beside"
              + " the checkout. Without one the PDF phase is skipped.")
  Path corpus;

  @Option(
      names = "--rates",
      split = ",",
      defaultValue = "50,200,500",
      paramLabel = "LETTERS_PER_S",
      description = "Steady rates, letters/s (default: ${DEFAULT-VALUE}).")
  List<Double> rates;

  @Option(
      names = "--steady-seconds",
      defaultValue = "30",
      description = "How long each steady rate runs, seconds (default: ${DEFAULT-VALUE}).")
  double steadySeconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description =
          "Unmeasured warm-up of the steady pipeline at the first rate, seconds (default:"
              + " ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(
      names = "--partitions",
      defaultValue = "6",
      description =
          "Partitions of the raw topics and the pipeline's topics, as imr streams --create-topics"
              + " (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--replication-factor",
      defaultValue = "1",
      description = "Replication factor of the topics the run creates (default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  @Option(
      names = "--child-jvm-options",
      defaultValue = "-Xmx256m",
      paramLabel = "OPTIONS",
      description =
          "JVM options of the Streams apps' JVMs, space-separated (default: ${DEFAULT-VALUE}).")
  String childJvmOptions;

  @Option(
      names = "--phases",
      split = ",",
      paramLabel = "PHASE",
      description = "Which phases run: produce, text, pdf, steady (default: all).")
  List<String> phases;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the generated letters (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON.")
  Path json;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Where letters, state and the child JVMs' logs go (default: a temporary folder, deleted"
              + " afterwards).")
  Path workDir;

  @Option(
      names = "--keep",
      description =
          "Keep the work folder, and on a running cluster the run's topics and groups (removed by"
              + " default).")
  boolean keep;

  @Option(
      names = "--quick",
      description =
          "A smoke run: 100 text letters, 20 PDF letters, one rate (50/s) for 5 s after 2 s of"
              + " warm-up; options given explicitly still win.")
  boolean quick;

  @Spec CommandSpec spec;

  /**
   * Standalone entry point, for running the benchmark from this module's class path without the
   * rest of {@code imr} (the developer's {@code ./imr bench} is the usual way).
   */
  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-local.xml");
    }
    System.exit(
        new CommandLine(new BenchCommand())
            .setExecutionExceptionHandler(new OneLineFailures())
            .setParameterExceptionHandler(new OneLineUsageErrors())
            .execute(args));
  }

  @Override
  public Integer call() throws Exception {
    BenchSettings settings = settings();
    // The root's name and every argument as typed: "imr bench --quick" under imr.
    String commandLine =
        spec.root().qualifiedName()
            + " "
            + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    Thread main = Thread.currentThread();
    StopSignals.Registration stop = StopSignals.onStop(main::interrupt);
    try {
      new BenchRun(
              settings,
              commandLine.strip(),
              spec.commandLine().getOut(),
              spec.commandLine().getErr())
          .run();
      return 0;
    } catch (InterruptedException e) {
      throw new CommandFailure("stopped before the run ended");
    } finally {
      stop.close();
    }
  }

  private BenchSettings settings() {
    if (quick) {
      quickDefaults();
    }
    Set<String> chosen = new LinkedHashSet<>(phases == null ? BenchSettings.ALL_PHASES : phases);
    for (String phase : chosen) {
      if (!BenchSettings.ALL_PHASES.contains(phase)) {
        throw new ParameterException(
            spec.commandLine(),
            "--phases: no phase '" + phase + "'; phases are " + BenchSettings.ALL_PHASES);
      }
    }
    requirePositive("--letters", letters);
    requirePositive("--pdf-letters", pdfLetters);
    requirePositive("--partitions", partitions);
    requirePositive("--steady-seconds", steadySeconds);
    for (double rate : rates) {
      requirePositive("--rates", rate);
    }
    if (rates.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--rates needs at least one rate");
    }
    return new BenchSettings(
        bootstrapServers,
        registryUrl != null ? registryUrl : "http://localhost:8081",
        userConfig(),
        timeout,
        phaseTimeout,
        letters,
        pdfLetters,
        List.copyOf(rates),
        steadySeconds,
        Math.max(0, warmupSeconds),
        partitions,
        replicationFactor,
        childJvmOptions.isBlank() ? List.of() : Arrays.asList(childJvmOptions.trim().split("\\s+")),
        corpus,
        json,
        workDir,
        keep,
        chosen,
        seed);
  }

  /** The smoke run's sizes, where the user did not give the option. */
  private void quickDefaults() {
    var parsed = spec.commandLine().getParseResult();
    if (!parsed.hasMatchedOption("--letters")) {
      letters = 100;
    }
    if (!parsed.hasMatchedOption("--pdf-letters")) {
      pdfLetters = 20;
    }
    if (!parsed.hasMatchedOption("--rates")) {
      rates = new ArrayList<>(List.of(50.0));
    }
    if (!parsed.hasMatchedOption("--steady-seconds")) {
      steadySeconds = 5;
    }
    if (!parsed.hasMatchedOption("--warmup-seconds")) {
      warmupSeconds = 2;
    }
  }

  private void requirePositive(String option, double value) {
    if (!(value > 0)) {
      throw new ParameterException(
          spec.commandLine(), option + " must be more than 0, not " + value);
    }
  }

  private Properties userConfig() {
    Properties props = new Properties();
    if (config != null) {
      try (Reader reader = Files.newBufferedReader(config)) {
        props.load(reader);
      } catch (IOException e) {
        throw new CommandFailure(
            "cannot read the config file " + config + ": " + e.getMessage(), e);
      }
    }
    return props;
  }
}
