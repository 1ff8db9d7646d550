package org.imrstream.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imrstream.common.StopSignals;
import org.imrstream.generator.GenerateCommand;
import org.imrstream.parser.LetterIdentity;
import org.imrstream.producer.InboxWatcher;
import org.imrstream.producer.Letter;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.LetterSources;
import org.imrstream.streams.WindowSettings;
import org.imrstream.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imr demo}: the whole pipeline on this machine, nothing to install. Starts Kafka and a Schema Registry
 * in-process, runs the topology and the sink, publishes letters, shows the outcome counts per guideline live, and
 * once every letter is processed prints the final table and a summary, then shuts everything down.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Runs the whole pipeline in-process (Kafka on 127.0.0.1, in-memory Schema Registry, topology, sink),"
        + " publishes letters (--letters DIR, else generated ones) and prints a live table of outcome counts per "
        + "guideline; ends with the final table and a summary line. --follow keeps watching an inbox until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--letters", paramLabel = "DIR", description = "Letters to publish (.txt/.pdf, recursively). "
      + "Default: letters from 'imr generate'.")
  Path letters;

  @Option(names = "--count", defaultValue = "200", description = "How many letters to generate without --letters "
      + "(default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated letters (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--follow", description = "Keep running and publish what lands in --inbox, until Ctrl-C.")
  boolean follow;

  @Option(names = "--inbox", defaultValue = "inbox", description = "The inbox watched with --follow (default: ${DEFAULT-VALUE}).")
  Path inbox;

  @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--timeout", defaultValue = "PT5M", description = "Give up waiting for the pipeline after this long "
      + "(ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return run();
  }

  private int run() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = letters;
    if (folder == null) {
      folder = Files.createTempDirectory("imr-demo-letters-");
      GenerateCommand.write(count, folder, seed);
      err.printf("generated %d letters in %s%n", count, folder);
    }
    List<Path> files = LetterSources.files(List.of(folder));
    err.println("starting Kafka, the Schema Registry, the topology and the sink ...");
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(partitions, WindowSettings.DEFAULT);
         PipelineOutputs outputs = new PipelineOutputs(pipeline.bootstrapServers(), pipeline.schemaRegistryUrl());
         LetterPublisher publisher = LetterPublisher.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()),
             Topics.RAW_LETTERS)) {
      err.printf("Kafka at %s, Schema Registry at %s%n", pipeline.bootstrapServers(), pipeline.schemaRegistryUrl());
      Set<String> ids = new HashSet<>();
      for (Path file : files) {
        Letter letter = LetterSources.read(file);
        ids.add(LetterIdentity.of(letter.bytes()));
        publisher.publish(letter);
      }
      publisher.flush();
      err.println(publisher.summary());

      LiveView view = new LiveView(out, System.console() != null);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!outputs.accountsFor(ids)) {
        if (System.nanoTime() > deadline || !pipeline.running()) {
          err.println(pipeline.running() ? "timed out waiting for the pipeline" : "the pipeline stopped");
          view.show(outputs, true);
          return 1;
        }
        outputs.poll(Duration.ofMillis(500));
        view.show(outputs, false);
      }
      if (follow) {
        follow(pipeline, publisher, outputs, view, err);
      }
      view.show(outputs, true);
      publisher.flush();
      out.println(summary(publisher.summary().letters() + publisher.summary().failures().size(), outputs));
      out.flush();
    }
    return 0;
  }

  /** Watches the inbox until Ctrl-C, refreshing the table. */
  private void follow(EmbeddedPipeline pipeline, LetterPublisher publisher, PipelineOutputs outputs, LiveView view,
      PrintWriter err) throws Exception {
    Files.createDirectories(inbox);
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    CountDownLatch stop = new CountDownLatch(1);
    // Ctrl-C or SIGTERM ends the loop below; the demo then shuts down cleanly, prints its summary and exits 0.
    StopSignals.Registration stopping = StopSignals.onStop(stop::countDown);
    err.printf("following %s: drop letters there; Ctrl-C stops%n", inbox.toAbsolutePath());
    ExecutorService executor = Executors.newSingleThreadExecutor();
    CompletableFuture<Void> watching = CompletableFuture.runAsync(() -> {
      try {
        watcher.run(Duration.ofMillis(500));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        err.println("inbox watcher stopped: " + e);
      }
    }, executor);
    while (stop.getCount() > 0 && pipeline.running()) {
      outputs.poll(Duration.ofMillis(500));
      view.show(outputs, false);
    }
    executor.shutdownNow();
    watching.exceptionally(e -> null);
    stopping.close();
  }

  static String summary(long letters, PipelineOutputs outputs) {
    long upheld = outputs.decisions().values().stream().filter(d -> d.outcome().equals("UPHELD")).count();
    long overturned = outputs.decisions().size() - upheld;
    long dead = outputs.failures().stream().filter(f -> !"late".equals(f.reasonCode())).count();
    long late = outputs.failures().size() - dead;
    return String.format("letters %d, decisions %d, upheld %d, overturned %d, dead-lettered %d%s", letters,
        outputs.decisions().size(), upheld, overturned, dead, late > 0 ? ", late " + late : "");
  }

  /** Prints the table when it changed, at most every second; on a terminal it redraws in place. */
  private static final class LiveView {
    private final PrintWriter out;
    private final boolean terminal;
    private String last = "";
    private long lastShown;

    LiveView(PrintWriter out, boolean terminal) {
      this.out = out;
      this.terminal = terminal;
    }

    void show(PipelineOutputs outputs, boolean force) {
      String table = OutcomeTable.render(outputs.stats());
      long now = System.currentTimeMillis();
      if (!force && (table.equals(last) || now - lastShown < 1000 || !terminal)) {
        return;
      }
      if (terminal && !force) {
        out.print("\033[H\033[2J");
      }
      out.print(table);
      out.flush();
      last = table;
      lastShown = now;
    }
  }
}
