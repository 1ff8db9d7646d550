package org.imrstream.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.imrstream.common.ClusterOptions;
import org.imrstream.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr produce}: publishes letters from files, directories, stdin or a watched inbox. */
@Command(
    name = "produce",
    mixinStandardHelpOptions = true,
    description = {"Publishes raw letters (.txt/.pdf files, directories searched recursively, '-' for stdin) to "
        + "the raw-letters topic, or watches an inbox with --watch. Prints a summary at the end.",
        "Exit status: 0 when every letter was acknowledged, 2 when any failed or could not be read."})
public final class ProduceCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Letter files, directories, or '-' for stdin.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--topic", defaultValue = Topics.RAW_LETTERS, description = "Raw-letters topic (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--watch", paramLabel = "DIR", description = "Watch DIR: publish each complete file, then move it to DIR/done/.")
  Path watch;

  @Option(names = "--poll-interval", defaultValue = "PT1S", description = "How often the inbox is looked at (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  @Option(names = "--no-progress", description = "No progress bar.")
  boolean noProgress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && watch == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give PATH... or --watch DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (LetterPublisher publisher = LetterPublisher.create(ClusterOptions.asMap(cluster.properties()), topic)) {
      if (!paths.isEmpty()) {
        publishAll(publisher, err);
      }
      if (watch != null) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt, "imr-produce-shutdown"));
        try {
          new InboxWatcher(watch, publisher).run(pollInterval);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        publisher.flush();
      }
      err.println(publisher.summary());
      publisher.summary().failures().forEach(f -> err.println("  failed: " + f));
      return publisher.summary().failures().isEmpty() ? 0 : 2;
    }
  }

  private void publishAll(LetterPublisher publisher, PrintWriter err) throws IOException {
    boolean stdin = paths.stream().anyMatch(p -> p.toString().equals("-"));
    List<Path> files = LetterSources.files(paths.stream().filter(p -> !p.toString().equals("-")).toList());
    List<CompletableFuture<Letter>> sends = new ArrayList<>();
    if (stdin) {
      sends.add(publisher.publish(LetterSources.readStdin(System.in)));
    }
    boolean showProgress = !noProgress && System.console() != null && files.size() > 1;
    try (ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("letters").setInitialMax(files.size())
        .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build() : null) {
      for (Path file : files) {
        if (!Files.isReadable(file)) {
          err.println("cannot read " + file + ": skipped");
          publisher.unreadable(file.toString(), "not readable");
          continue;
        }
        Letter letter;
        try {
          letter = LetterSources.read(file);
        } catch (IOException | OutOfMemoryError e) {
          err.println("cannot read " + file + ": " + e + ": skipped");
          publisher.unreadable(file.toString(), e.toString());
          continue;
        }
        CompletableFuture<Letter> sent = publisher.publish(letter);
        if (bar != null) {
          sent.whenComplete((ok, e) -> bar.step());
        }
        sends.add(sent);
      }
      publisher.flush();
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }
  }
}
