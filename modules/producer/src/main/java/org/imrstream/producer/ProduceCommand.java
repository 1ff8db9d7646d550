package org.imrstream.producer;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.imrstream.common.ClusterOptions;
import org.imrstream.topics.Topics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imr produce}: publishes letters from files, directories, stdin or a watched inbox. Only wiring: finding
 * and reading is {@link LetterSources}, sending {@link LetterPublisher}, bulk runs {@link PathsPublisher}, the
 * inbox {@link InboxWatcher}.
 */
@Command(
    name = "produce",
    mixinStandardHelpOptions = true,
    description = {"Publishes raw letters (.txt/.pdf files, directories searched recursively, '-' for stdin) to "
        + "the raw-letters topic, or watches an inbox with --watch. Prints a summary to stderr at the end.",
        "Exit status: 0 when every letter was acknowledged, 2 when any failed or could not be read."})
public final class ProduceCommand implements Callable<Integer> {

  /** How long Ctrl-C waits for the letters in flight and the summary before the JVM exits anyway. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

  @Mixin
  ClusterOptions cluster;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Letter files, directories, or '-' for stdin.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--topic", defaultValue = Topics.RAW_LETTERS, description = "Raw-letters topic (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Watch DIR until Ctrl-C: publish each complete file, then move it to DIR/done/ once acknowledged.")
  Path watch;

  @Option(names = "--poll-interval", defaultValue = "1s", converter = DurationConverter.class,
      description = "How often the inbox is looked at: 500ms, 2s, 1m or ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  @Option(names = "--no-progress", description = "No progress bar (there is none anyway when stderr is no terminal).")
  boolean noProgress;

  @Spec
  CommandSpec spec;

  /** Standalone entry point, for running the producer without the rest of the {@code imr} command. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ProduceCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && watch == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give PATH... or --watch DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (LetterPublisher publisher = LetterPublisher.create(ClusterOptions.asMap(cluster.properties()), topic)) {
      if (!paths.isEmpty()) {
        publishPaths(publisher, System.in, err);
      }
      if (watch != null) {
        return watch(publisher, err); // reports before Ctrl-C lets the JVM go
      }
      return report(publisher.summary(), err);
    }
  }

  private void publishPaths(LetterPublisher publisher, InputStream stdin, PrintWriter err) throws Exception {
    boolean terminal = System.console() != null;
    try (BarProgress progress = new BarProgress(!noProgress && terminal)) {
      new PathsPublisher(publisher, err).publish(paths, stdin, progress);
    }
  }

  /** Watches until Ctrl-C; the shutdown hook waits until the letters in flight are settled and reported. */
  private int watch(LetterPublisher publisher, PrintWriter err) throws Exception {
    InboxWatcher watcher = new InboxWatcher(watch, publisher);
    Thread worker = Thread.currentThread();
    CountDownLatch settled = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      worker.interrupt();
      try {
        // The JVM exits when the hooks return: hold it until the summary is out (or the grace is over).
        settled.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "imr-produce-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    err.printf("watching %s every %d ms; Ctrl-C stops%n", watch.toAbsolutePath(), pollInterval.toMillis());
    err.flush();
    try {
      watcher.run(pollInterval);
    } catch (InterruptedException e) {
      // Ctrl-C: the normal way out. The interrupt is consumed here so the flush below can wait for the acks.
    }
    try {
      publisher.flush(); // every send acknowledged or failed, so done/ is up to date before the summary
      return report(publisher.summary(), err);
    } finally {
      settled.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it has just been released
      }
    }
  }

  private static int report(PublishSummary summary, PrintWriter err) {
    err.println(summary);
    summary.failures().forEach(f -> err.println("  failed: " + f));
    err.flush();
    return summary.failures().isEmpty() ? 0 : 2;
  }

  /** A progress bar on stderr, made when the run knows how many letters it has; nothing when off. */
  private static final class BarProgress implements PathsPublisher.Progress, AutoCloseable {
    private final boolean enabled;
    private volatile ProgressBar bar;

    BarProgress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void start(int letters) {
      if (enabled && letters > 1) {
        bar = new ProgressBarBuilder().setTaskName("letters").setInitialMax(letters).setStyle(ProgressBarStyle.ASCII)
            .continuousUpdate().build();
      }
    }

    @Override
    public void step() {
      ProgressBar current = bar;
      if (current != null) {
        current.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Durations as people type them ({@code 500ms}, {@code 2s}, {@code 1m}) or in ISO-8601 ({@code PT0.5S}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      Duration duration;
      if (v.startsWith("p")) {
        duration = Duration.parse(value.trim());
      } else if (v.endsWith("ms")) {
        duration = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
      } else if (v.endsWith("s")) {
        duration = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000));
      } else if (v.endsWith("m")) {
        duration = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()) * 60);
      } else {
        throw new CommandLine.TypeConversionException("'" + value + "' is no duration (500ms, 2s, 1m, PT1S)");
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
      }
      return duration;
    }
  }
}
