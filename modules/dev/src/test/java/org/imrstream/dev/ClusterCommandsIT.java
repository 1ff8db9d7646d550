package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.producer.LetterSources;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code imr streams}, {@code imr sink} and {@code imr produce} as separate jobs against one
 * cluster, configured the way a user configures them (options and a config file), sharing a
 * registry.
 */
class ClusterCommandsIT {

  @Test
  void theThreeJobsTogetherTurnLettersIntoDashboardStats(@TempDir Path dir) throws Exception {
    Path seeds = SharedCorpus.require().resolve("seeds");
    String registry = "mock://cluster-commands-" + UUID.randomUUID();
    ExecutorService jobs = Executors.newFixedThreadPool(2);
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      Path config = dir.resolve("client.properties");
      Files.writeString(
          config,
          "bootstrap.servers="
              + kafka.bootstrapServers()
              + "\n"
              + "commit.interval.ms=200\nreplication.factor=1\n");
      Future<Integer> streams =
          jobs.submit(
              () ->
                  quiet()
                      .execute(
                          "streams",
                          "--config",
                          config.toString(),
                          "--schema-registry-url",
                          registry,
                          "--create-topics",
                          "--partitions",
                          "2",
                          "--state-dir",
                          dir.resolve("streams-state").toString()));
      try (PipelineOutputs outputs = awaitTopics(kafka, registry)) {
        // The sink checks its topics before it starts: it runs once imr streams has created them.
        Future<Integer> sink =
            jobs.submit(
                () ->
                    quiet()
                        .execute(
                            "sink",
                            "--config",
                            config.toString(),
                            "--schema-registry-url",
                            registry,
                            "--state-dir",
                            dir.resolve("sink-state").toString()));
        int produced =
            quiet()
                .execute(
                    "produce",
                    "--bootstrap-servers",
                    kafka.bootstrapServers(),
                    "--no-progress",
                    seeds.toString());
        assertThat(produced).isZero();
        Set<String> ids = new HashSet<>();
        for (Path file : LetterSources.files(List.of(seeds))) {
          ids.add(LetterIdentity.of(Files.readAllBytes(file)));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!outputs.accountsFor(ids) && System.nanoTime() < deadline) {
          outputs.poll(Duration.ofMillis(500));
        }
        assertThat(outputs.accountsFor(ids)).isTrue();
        assertThat(outputs.decisions()).hasSize(8);
        assertThat(outputs.stats()).containsKey("MTUS: Chronic Pain Medical Treatment Guidelines");
        assertThat(streams.isDone()).as("imr streams runs until stopped").isFalse();
        assertThat(sink.isDone()).isFalse();
        jobs.shutdownNow(); // interrupts the jobs: they close their Streams apps on the way out
        assertThat(jobs.awaitTermination(2, TimeUnit.MINUTES))
            .as("the jobs closed before the folder goes")
            .isTrue();
        assertThat(streams.get()).as("an interrupt is a stop asked for").isZero();
        assertThat(sink.get()).isZero();
      }
    } finally {
      jobs.shutdownNow();
      // JUnit deletes the state folders after this method: the Streams apps must have closed by
      // then.
      jobs.awaitTermination(2, TimeUnit.MINUTES);
    }
  }

  /** Waits until imr streams has created the topics, then reads the outputs. */
  private static PipelineOutputs awaitTopics(EmbeddedKafka kafka, String registry)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (var admin = kafka.admin()) {
      while (!admin.listTopics().names().get().containsAll(Topics.all())) {
        assertThat(System.nanoTime()).as("topics created").isLessThan(deadline);
        Thread.sleep(200);
      }
    }
    return new PipelineOutputs(kafka.bootstrapServers(), registry);
  }

  private static CommandLine quiet() {
    CommandLine cli = DevImr.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli;
  }
}
