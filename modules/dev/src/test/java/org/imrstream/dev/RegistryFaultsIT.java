package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
 * The schema registry away for 30 s, while the pipeline runs warm and when it starts cold: decision
 * events wait for it (the serde retries, a task that gives up reprocesses from its last commit) and
 * none is lost or dead-lettered.
 */
class RegistryFaultsIT {

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void aRegistryOutageWhileTheAppsRunWarmLosesNothing(@TempDir Path dir) throws Exception {
    Generated before = Generated.write(dir, 150, 21);
    Generated during = Generated.write(dir, 150, 22);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      try (ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "2")) {
        Awaiting.until(
            "topics created",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        try (ImrProcess sink = pipeline.sink();
            PipelineOutputs outputs =
                new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
          assertThat(pipeline.produce(before.letters().toString()).awaitExit(Duration.ofMinutes(2)))
              .isZero();
          Accounting.assertExact(
              outputs, before.truth(), cluster.bootstrapServers(), Duration.ofMinutes(3));

          cluster.control("stop-registry");
          assertThat(pipeline.produce(during.letters().toString()).awaitExit(Duration.ofMinutes(2)))
              .isZero();
          Thread.sleep(OUTAGE.toMillis());
          cluster.control("start-registry");

          Accounting.assertExact(
              outputs,
              before.truth().plus(during.truth()),
              cluster.bootstrapServers(),
              Duration.ofMinutes(4));
          assertThat(streams.isAlive()).as(streams.stderr()).isTrue();
          assertThat(sink.isAlive()).as(sink.stderr()).isTrue();
        }
      }
    }
  }

  @Test
  void aRegistryAwayWhenTheAppsStartColdLosesNothing(@TempDir Path dir) throws Exception {
    Generated letters = Generated.write(dir, 200, 23);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      assertThat(
              pipeline
                  .produce("--create-topics", "--partitions", "2", letters.letters().toString())
                  .awaitExit(Duration.ofMinutes(2)))
          .isZero();
      cluster.control("stop-registry");
      try (ImrProcess streams = pipeline.streams();
          ImrProcess sink = pipeline.sink()) {
        Thread.sleep(OUTAGE.toMillis());
        assertThat(streams.isAlive())
            .as("imr streams waits for the registry: " + streams.stderr())
            .isTrue();
        assertThat(streams.stderr())
            .as("the outage was met, not missed")
            .contains("schema registry unreachable");
        cluster.control("start-registry");
        try (PipelineOutputs outputs =
            new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
          Accounting.assertExact(
              outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(4));
        }
        assertThat(streams.isAlive()).as(streams.stderr()).isTrue();
        assertThat(sink.isAlive()).as(sink.stderr()).isTrue();
      }
    }
  }

  @Test
  void aRegistryAwayLongerThanTheRetriesStopsTheAppLoudlyAndARestartLosesNothing(@TempDir Path dir)
      throws Exception {
    Generated letters = Generated.write(dir, 100, 24);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      // The serde gives up after half a second here (two minutes by default), so failures repeat
      // quickly; a failed
      // thread's member lingers in the group until its session times out, so that is shortened too.
      PipelineProcesses pipeline =
          new PipelineProcesses(
              cluster, dir, "schema.registry.retry.timeout.ms=500", "session.timeout.ms=10000");
      assertThat(
              pipeline
                  .produce("--create-topics", "--partitions", "2", letters.letters().toString())
                  .awaitExit(Duration.ofMinutes(2)))
          .isZero();
      cluster.control("stop-registry");
      try (ImrProcess streams = pipeline.streams()) {
        assertThat(streams.awaitExit(Duration.ofMinutes(3)))
            .as("a stream thread that keeps failing stops the app: " + streams.stderr())
            .isEqualTo(1);
        assertThat(streams.stderr()).contains("imr streams: imr-streams stopped after an error");
      }
      cluster.control("start-registry");
      try (ImrProcess streams = pipeline.streams();
          ImrProcess sink = pipeline.sink();
          PipelineOutputs outputs =
              new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
        Accounting.assertExact(
            outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(4));
        assertThat(streams.isAlive() && sink.isAlive()).isTrue();
      }
    }
  }
}
