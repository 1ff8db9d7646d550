package org.imrstream.producer;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.cluster.TopicCheck;
import org.imrstream.cluster.TopicCreationOptions;
import org.imrstream.command.DurationConverter;
import org.imrstream.command.OneLineFailures;
import org.imrstream.command.StopSignals;
import org.imrstream.topics.Topics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imr produce}: publishes letters from files, directories, stdin or a watched inbox. Only
 * wiring: finding and reading is {@link LetterSources}, sending {@link LetterPublisher}, bulk runs
 * {@link PathsPublisher}, the inbox {@link InboxWatcher}.
 */
@Command(
    name = "produce",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes raw letters (.txt/.pdf files, directories searched recursively, '-' for stdin) to "
          + "the raw-letters topic, or watches an inbox with --watch. Prints a summary to stderr at the end.",
      "Exit status: 0 when every letter was acknowledged, 2 when any failed or could not be read, 1 when the "
          + "cluster or the topic is not fit (one line on stderr says why)."
    })
public final class ProduceCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Letter files, directories, or '-' for stdin.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--topic",
      defaultValue = Topics.RAW_LETTERS,
      description = "Raw-letters topic (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Watch DIR until Ctrl-C: publish each complete file, then move it to DIR/done/ once acknowledged.")
  Path watch;

  @Option(
      names = "--poll-interval",
      defaultValue = "1s",
      converter = DurationConverter.class,
      description =
          "How often the inbox is looked at: 500ms, 2s, 1m or ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  @Mixin TopicCreationOptions topics;

  @Option(
      names = "--no-progress",
      description = "No progress bar (there is none anyway when stderr is no terminal).")
  boolean noProgress;

  @Spec CommandSpec spec;

  /**
   * Standalone entry point, for running the producer without the rest of the {@code imr} command.
   */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new ProduceCommand())
            .setExecutionExceptionHandler(new OneLineFailures())
            .execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && watch == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give PATH... or --watch DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    Properties props = cluster.properties();
    prepareTopic(props);
    Map<String, Object> settings = ClusterOptions.asMap(props);
    // A broker that goes away mid-run fails a send within the timeout too, instead of blocking for
    // a minute.
    settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, cluster.timeout().toMillis());
    try (LetterPublisher publisher = LetterPublisher.create(settings, topic)) {
      if (!paths.isEmpty()) {
        publishPaths(publisher, System.in, err);
      }
      if (watch != null) {
        return watch(publisher, err); // reports before Ctrl-C lets the JVM go
      }
      return report(publisher.summary(), err);
    }
  }

  /**
   * Checks, before any letter is sent, that the cluster answers and the raw topic exists and keeps
   * letters; creates the pipeline's topics first with --create-topics. A send to a missing topic
   * would otherwise wait for a minute, or let the broker auto-create it with one partition and its
   * default 7-day retention.
   */
  private void prepareTopic(Properties props) throws Exception {
    try (ClusterAdmin admin = ClusterAdmin.connect(props, cluster.timeout())) {
      List<String> names = new ArrayList<>(Topics.all());
      if (!names.contains(topic)) {
        names.add(topic);
      }
      topics.createIfAsked(admin.admin(), names);
      TopicCheck.require(
          admin.admin(),
          List.of(topic),
          admin.timeout(),
          "imr produce --create-topics or imr streams --create-topics creates it");
    }
  }

  private void publishPaths(LetterPublisher publisher, InputStream stdin, PrintWriter err)
      throws Exception {
    boolean terminal = System.console() != null;
    try (BarProgress progress = new BarProgress(!noProgress && terminal)) {
      new PathsPublisher(publisher, err).publish(paths, stdin, progress);
    }
  }

  /**
   * Watches until Ctrl-C or SIGTERM, which interrupt the watcher; the letters in flight are then
   * settled and reported before the command returns (exit 0 after such a stop).
   */
  private int watch(LetterPublisher publisher, PrintWriter err) throws Exception {
    InboxWatcher watcher = new InboxWatcher(watch, publisher);
    Thread worker = Thread.currentThread();
    StopSignals.Registration stop = StopSignals.onStop(worker::interrupt);
    try {
      err.printf(
          "watching %s every %d ms; Ctrl-C stops%n",
          watch.toAbsolutePath(), pollInterval.toMillis());
      err.flush();
      try {
        watcher.run(pollInterval);
      } catch (InterruptedException e) {
        // The user's stop: the normal way out. The interrupt is consumed here so the flush can wait
        // for the acks.
      }
      publisher
          .flush(); // every send acknowledged or failed, so done/ is up to date before the summary
      return report(publisher.summary(), err);
    } finally {
      stop.close();
    }
  }

  private static int report(PublishSummary summary, PrintWriter err) {
    err.println(summary);
    summary.failures().forEach(f -> err.println("  failed: " + f));
    err.flush();
    return summary.failures().isEmpty() ? 0 : 2;
  }

  /**
   * A progress bar on stderr, made when the run knows how many letters it has; nothing when off.
   */
  private static final class BarProgress implements PathsPublisher.Progress, AutoCloseable {
    private final boolean enabled;
    private volatile ProgressBar bar;

    BarProgress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void start(int letters) {
      if (enabled && letters > 1) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("letters")
                .setInitialMax(letters)
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate()
                .build();
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
}
