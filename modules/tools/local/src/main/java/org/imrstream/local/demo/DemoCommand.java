package org.imrstream.local.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imrstream.generator.GenerateCommand;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.producer.Letter;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.LetterSources;
import org.imrstream.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imr demo}: the whole pipeline on this machine, nothing to install. Starts Kafka and a
 * Schema Registry in-process, runs the topology and the sink, publishes letters, shows the outcome
 * counts per guideline live, and once every letter is processed prints the final table and a
 * summary, then shuts everything down.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline in-process (Kafka on 127.0.0.1, in-memory Schema Registry, topology, sink),"
          + " publishes letters (--letters DIR, else generated ones) and prints a live table of outcome counts per "
          + "guideline; ends with the final table and a summary line. Prints the URL of the live dashboard page;"
          + " --follow keeps watching an inbox, and serving the page, until Ctrl-C."
    })
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--letters",
      paramLabel = "DIR",
      description =
          "Letters to publish (.txt/.pdf, recursively). " + "Default: letters from 'imr generate'.")
  Path letters;

  @Option(
      names = "--count",
      defaultValue = "200",
      description =
          "How many letters to generate without --letters " + "(default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the generated letters (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--follow",
      description = "Keep running and publish what lands in --inbox, until Ctrl-C.")
  boolean follow;

  @Option(
      names = "--inbox",
      defaultValue = "inbox",
      description = "The inbox watched with --follow (default: ${DEFAULT-VALUE}).")
  Path inbox;

  @Option(
      names = "--http-port",
      defaultValue = "0",
      description =
          "Port of the dashboard page and its API on 127.0.0.1 (default: a free one; the URL is"
              + " printed).")
  int httpPort;

  @Option(
      names = "--partitions",
      defaultValue = "3",
      description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--timeout",
      defaultValue = "PT5M",
      description =
          "Give up waiting for the pipeline after this long "
              + "(ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Spec CommandSpec spec;

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
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(partitions, httpPort);
        PipelineOutputs outputs =
            new PipelineOutputs(pipeline.bootstrapServers(), pipeline.schemaRegistryUrl());
        LetterPublisher publisher =
            LetterPublisher.create(
                Map.of("bootstrap.servers", pipeline.bootstrapServers()), Topics.RAW_LETTERS)) {
      err.printf(
          "Kafka at %s, Schema Registry at %s%n",
          pipeline.bootstrapServers(), pipeline.schemaRegistryUrl());
      err.printf("dashboard at %s%n", pipeline.dashboard());
      Set<String> ids = new HashSet<>();
      for (Path file : files) {
        Letter letter = LetterSources.read(file);
        ids.add(LetterIdentity.of(letter.bytes()));
        publisher.publish(letter);
      }
      publisher.flush();
      err.println(publisher.summary());

      LiveTable view =
          new LiveTable(out, new DashboardClient(pipeline.dashboard()), System.console() != null);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!outputs.accountsFor(ids)) {
        if (System.nanoTime() > deadline || !pipeline.running()) {
          err.println(
              pipeline.running() ? "timed out waiting for the pipeline" : "the pipeline stopped");
          view.show(outputs, true);
          return 1;
        }
        outputs.poll(Duration.ofMillis(500));
        view.show(outputs, false);
      }
      if (follow) {
        new InboxFollower(inbox, err).follow(pipeline, publisher, outputs, view);
      }
      view.show(outputs, true);
      publisher.flush();
      out.println(
          DemoSummary.of(
              publisher.summary().letters() + publisher.summary().failures().size(), outputs));
      out.flush();
    }
    return 0;
  }
}
