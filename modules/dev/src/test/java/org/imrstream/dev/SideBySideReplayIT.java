package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.OutputReader;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.topics.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay side by side, as docs/OPERATIONS.md tells it, with real processes on a real cluster: a
 * live {@code imr streams} and {@code imr sink} count the first half of the letters; a second
 * application ({@code --application-id imr-v2-streams --topics-version 2}, and its sink) starts
 * next to them and reads the raw topic from the beginning; the second half is published while both
 * run. The v2 topics end up with the same decisions, counts per guideline and per day and dashboard
 * totals as the live ones, each decision written once to each version: the live topics got nothing
 * from v2.
 */
class SideBySideReplayIT {

  private static final int GENERATED = 400;

  @Test
  void aSecondVersionRebuildsTheOutputsNextToTheLiveOne(@TempDir Path dir) throws Exception {
    Generated generated = Generated.write(dir, GENERATED, 29);
    long decisions = generated.truth().decisions();
    List<Path> files;
    try (Stream<Path> list = Files.list(generated.letters())) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Path firstHalf = copy(files.subList(0, files.size() / 2), dir.resolve("first"));
    Path secondHalf = copy(files.subList(files.size() / 2, files.size()), dir.resolve("second"));
    TopicNames v2 = TopicNames.from(Map.of(TopicNames.VERSION, "2"));

    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      String bootstrap = cluster.bootstrapServers();
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      try (ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "2")) {
        Awaiting.until(
            "topics created", Duration.ofMinutes(1), () -> Awaiting.topicsExist(bootstrap));
        try (ImrProcess sink = pipeline.sink()) {
          publish(pipeline, firstHalf);
          try (OutputReader live = new OutputReader(bootstrap, cluster.registryUrl(), Map.of())) {
            awaitSomeDecisions(live);
          }

          try (ImrProcess streamsV2 =
              pipeline.streamsInstance(
                  "v2",
                  "--application-id",
                  "imr-v2-streams",
                  "--topics-version",
                  "2",
                  "--create-topics",
                  "--partitions",
                  "2")) {
            Awaiting.until(
                "the v2 topics created",
                Duration.ofMinutes(1),
                () -> topics(bootstrap).containsAll(v2.all()));
            try (ImrProcess sinkV2 =
                pipeline.sinkInstance(
                    "v2", "--application-id", "imr-v2-sink", "--topics-version", "2")) {
              publish(pipeline, secondHalf);

              try (OutputReader live =
                      new OutputReader(bootstrap, cluster.registryUrl(), Map.of());
                  OutputReader next =
                      new OutputReader(bootstrap, cluster.registryUrl(), Map.of(), v2)) {
                for (OutputReader reader : List.of(live, next)) {
                  Awaiting.until(
                      () -> decisions + " decisions counted; " + reader.summary(),
                      Duration.ofMinutes(3),
                      () -> {
                        while (reader.poll(Duration.ofMillis(500)) > 0) {
                          // read all that is there before checking
                        }
                        return reader.decisions().size() == decisions
                            && reader.allTimeTotal() == decisions
                            && reader.datedDayTotal() == decisions
                            && reader.dashboardAllTimeTotal() == decisions;
                      });
                  while (reader.poll(Duration.ofSeconds(2)) > 0) {
                    // drain whatever else comes: a doubled write would show
                  }
                }
                assertThat(live.decisionRecords())
                    .as("each decision written once to the live topic: nothing from v2")
                    .isEqualTo(decisions);
                assertThat(next.decisionRecords()).isEqualTo(decisions);
                assertThat(next.decisions()).isEqualTo(live.decisions());
                assertThat(next.allTimeCounts()).isEqualTo(live.allTimeCounts());
                assertThat(next.dailyCounts()).isEqualTo(live.dailyCounts());
                assertThat(next.deadLetters()).isEmpty();
                assertThat(live.deadLetters()).isEmpty();
              }
              assertThat(topics(bootstrap))
                  .as("v2's own internal topics, apart from the live application's")
                  .contains(
                      "imr-v2-streams-letter-versions-changelog",
                      "imr-streams-letter-versions-changelog",
                      v2.decisions(),
                      v2.dashboardStats());
              assertThat(streamsV2.stop(Duration.ofMinutes(1)))
                  .as("SIGTERM: " + streamsV2.stderr())
                  .isZero();
              assertThat(sinkV2.stop(Duration.ofMinutes(1)))
                  .as("SIGTERM: " + sinkV2.stderr())
                  .isZero();
            }
          }
          assertThat(sink.stop(Duration.ofMinutes(1))).as("SIGTERM: " + sink.stderr()).isZero();
        }
        assertThat(streams.stop(Duration.ofMinutes(1))).as("SIGTERM: " + streams.stderr()).isZero();
      }
    }
  }

  private static void publish(PipelineProcesses pipeline, Path folder) throws Exception {
    try (ImrProcess produce = pipeline.produce(folder.toString())) {
      assertThat(produce.awaitExit(Duration.ofMinutes(2)))
          .as("imr produce: " + produce.stderr())
          .isZero();
    }
  }

  /** Until the live pipeline has written decisions: v2 then starts behind a running one. */
  private static void awaitSomeDecisions(OutputReader reader) throws Exception {
    Awaiting.until(
        "the live pipeline's first decisions",
        Duration.ofMinutes(2),
        () -> {
          reader.poll(Duration.ofMillis(500));
          return !reader.decisions().isEmpty();
        });
  }

  private static Path copy(List<Path> files, Path target) throws Exception {
    Files.createDirectories(target);
    for (Path file : files) {
      Files.copy(file, target.resolve(file.getFileName()));
    }
    return target;
  }

  private static Set<String> topics(String bootstrapServers) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      return admin.listTopics().names().get();
    }
  }
}
