package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.imrstream.dev.process.Accounting;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.local.demo.PipelineOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of {@code imr streams} share the work on three brokers, with a standby replica of
 * each task's state; one instance is stopped in the middle of the run and the other takes its tasks
 * over: exact counts.
 */
class ScaleOutIT {

  @Test
  void twoInstancesShareTheWorkAndOneCarriesOnAloneWhenTheOtherStops(@TempDir Path dir)
      throws Exception {
    Generated letters = Generated.write(dir, 1500, 53);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(3, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline =
          new PipelineProcesses(cluster, dir, "replication.factor=3", "num.standby.replicas=1");
      try (ImrProcess first =
          pipeline.streamsInstance(
              "a", "--create-topics", "--partitions", "4", "--replication-factor", "3")) {
        Awaiting.until(
            "topics created",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        try (ImrProcess second = pipeline.streamsInstance("b");
            ImrProcess sink = pipeline.sink();
            PipelineOutputs outputs =
                new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
          // Both instances in the group before any letter: otherwise the first may finish a third
          // of the work before the second has joined, and there is nothing to share.
          Awaiting.until(
              "the second instance has tasks",
              Duration.ofMinutes(2),
              () -> !taskDirectories(pipeline.stateDir("b")).isEmpty());
          try (ImrProcess produce = pipeline.produce(letters.letters().toString())) {
            Awaiting.until(
                "a third of the decisions",
                Duration.ofMinutes(3),
                () -> {
                  outputs.poll(Duration.ofMillis(300));
                  return outputs.decisions().size() > letters.truth().decisions() / 3;
                });
            assertThat(taskDirectories(pipeline.stateDir("a")))
                .as("the first instance has tasks")
                .isNotEmpty();
            assertThat(taskDirectories(pipeline.stateDir("b")))
                .as("the second instance has tasks (active or standby)")
                .isNotEmpty();
            assertThat(second.stop(Duration.ofMinutes(1)))
                .as("the second instance stops cleanly: " + second.stderr())
                .isZero();

            Accounting.assertExact(
                outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(5));
            assertThat(produce.awaitExit(Duration.ofMinutes(1)))
                .as("imr produce: " + produce.stderr())
                .isZero();
            assertThat(first.isAlive())
                .as("the first instance carried on: " + first.stderr())
                .isTrue();
            assertThat(sink.isAlive()).as("imr sink: " + sink.stderr()).isTrue();
          }
        }
      }
    }
  }

  /**
   * The task directories ({@code 0_1}, {@code 1_3}, ...) Kafka Streams made under an instance's
   * state dir.
   */
  private static List<Path> taskDirectories(Path stateDir) throws Exception {
    if (!Files.isDirectory(stateDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(stateDir, 2)) {
      return files
          .filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().matches("\\d+_\\d+"))
          .toList();
    }
  }
}
