package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures are loud: each command, in its own JVM, exits non-zero with one line on stderr that says
 * what is wrong (and no stack trace) when it cannot do its work, and exits 0 after the user's
 * SIGTERM.
 */
class ExitCodesIT {

  @Test
  void produceAgainstAnUnreachableClusterFailsWithinTheTimeoutNamingTheServers(@TempDir Path dir)
      throws Exception {
    Path letter = Files.writeString(dir.resolve("a.txt"), "a letter");
    long started = System.nanoTime();
    try (ImrProcess produce =
        ImrProcess.start(
            "produce",
            dir,
            "produce",
            "--bootstrap-servers",
            "127.0.0.1:1",
            "--no-progress",
            letter.toString())) {
      int status = produce.awaitExit(Duration.ofSeconds(45));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(45));
      assertThat(status).isNotZero();
      assertThat(produce.stderr()).contains("127.0.0.1:1").doesNotContain("\tat ");
    }
  }

  @Test
  void aBadConfigFileIsOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
    try (ImrProcess streams =
        ImrProcess.start(
            "streams", dir, "streams", "--config", dir.resolve("missing.properties").toString())) {
      assertThat(streams.awaitExit(Duration.ofSeconds(30))).isNotZero();
      assertThat(streams.stderr()).contains("missing.properties").doesNotContain("\tat ");
    }
  }

  @Test
  void commandsRefuseTopicsThatWouldLoseDataAndStopCleanlyOnSigterm(@TempDir Path dir)
      throws Exception {
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      try (ImrProcess sink = pipeline.sink()) {
        assertThat(sink.awaitExit(Duration.ofMinutes(1)))
            .as("imr sink without its topics")
            .isNotZero();
        assertThat(sink.stderr())
            .contains("imr.decisions")
            .contains("do not exist")
            .doesNotContain("\tat ");
      }
      try (ImrProcess produce = pipeline.produce(dir.toString())) {
        assertThat(produce.awaitExit(Duration.ofMinutes(1)))
            .as("imr produce without the raw topic")
            .isNotZero();
        assertThat(produce.stderr()).contains(Topics.RAW_LETTERS).contains("--create-topics");
      }
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
        // As a broker's auto-creation or a hand-made topic would have it: time retention on a
        // table.
        admin
            .createTopics(
                List.of(
                    new NewTopic(Topics.DECISIONS, 1, (short) 1)
                        .configs(Map.of("retention.ms", "604800000"))))
            .all()
            .get();
      }
      try (ImrProcess streams = pipeline.streams("--create-topics")) {
        assertThat(streams.awaitExit(Duration.ofMinutes(1)))
            .as("imr streams on a deleting topic")
            .isNotZero();
        assertThat(streams.stderr())
            .contains("topic imr.decisions")
            .contains("cleanup.policy=delete")
            .contains("retention.ms=604800000")
            .doesNotContain("\tat ");
      }
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
        admin.deleteTopics(List.of(Topics.DECISIONS)).all().get();
      }
      try (ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "2")) {
        awaitRunning(streams);
        assertThat(streams.stop(Duration.ofMinutes(1)))
            .as("exit status after SIGTERM: " + streams.stderr())
            .isZero();
      }
      // The stopped instance left its group: a replacement takes the partitions over at once, not
      // after the
      // 45 s session timeout that a member which never said goodbye would hold them for.
      Generated letter = Generated.write(dir, 1, 51);
      try (ImrProcess streams = pipeline.streams();
          PipelineOutputs outputs =
              new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
        long started = System.nanoTime();
        awaitRunning(streams);
        assertThat(pipeline.produce(letter.letters().toString()).awaitExit(Duration.ofMinutes(1)))
            .isZero();
        Awaiting.until(
            "the letter decided",
            Duration.ofMinutes(2),
            () -> {
              outputs.poll(Duration.ofMillis(200));
              return outputs.decisions().values().stream()
                  .anyMatch(d -> letter.truth().caseNumbers().contains(d.letterId()));
            });
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .as("restart to first decision")
            .isLessThan(Duration.ofSeconds(40));
      }
    }
  }

  private static void awaitRunning(ImrProcess streams) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!streams.stderr().contains("REBALANCING -> RUNNING")) {
      assertThat(System.nanoTime())
          .as("imr streams running: " + streams.stderr())
          .isLessThan(deadline);
      assertThat(streams.isAlive()).as("imr streams alive: " + streams.stderr()).isTrue();
      Thread.sleep(200);
    }
  }
}
