package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.dev.process.TopicLogs;
import org.imrstream.dev.process.Truth;
import org.imrstream.local.demo.PipelineOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of real processes on a real cluster: 5,000 generated letters go through {@code imr
 * streams} and {@code imr sink}, each in its own JVM; the Streams app is killed three times at
 * spaced moments and restarted, the sink once. Afterwards the dashboard's counts equal the
 * generator's truth, every decision was written exactly once, every letter is accounted for, and no
 * topic lost a record to retention. Long: runs in the {@code faults} profile.
 */
class ProcessFaultsIT {

  private static final int LETTERS = 5000;

  @Test
  void killedStreamsAndSinkLoseNothingAndDoubleNothing(@TempDir Path dir) throws Exception {
    Path letters = dir.resolve("letters");
    Path truthFile = dir.resolve("truth.jsonl");
    assertThat(
            DevImr.commandLine()
                .execute(
                    "generate",
                    "--count",
                    Integer.toString(LETTERS),
                    "--seed",
                    "6",
                    "--out",
                    letters.toString(),
                    "--truth",
                    truthFile.toString()))
        .isZero();
    Truth truth = Truth.read(truthFile);

    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      // A killed member says no goodbye; the group notices after session.timeout.ms (45 s by
      // default).
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir, "session.timeout.ms=10000");
      ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "4");
      ImrProcess sink = null;
      ImrProcess produce = null;
      try (PipelineOutputs outputs =
          new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
        Awaiting.until(
            "topics created by imr streams",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        sink = pipeline.sink();
        produce = pipeline.produce(letters.toString());

        double[] killAt = {0.15, 0.40, 0.65};
        boolean sinkKilled = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
        int kills = 0;
        while (!(outputs.accountsFor(truth.caseNumbers())
                && dashboardTotal(outputs) == truth.decisions())
            && System.nanoTime() < deadline) {
          outputs.poll(Duration.ofMillis(500));
          double done = (double) outputs.decisions().size() / truth.decisions();
          if (kills < killAt.length && done >= killAt[kills]) {
            streams.kill();
            kills++;
            streams = pipeline.streams();
          }
          if (!sinkKilled && done >= 0.5) {
            sink.kill();
            sinkKilled = true;
            sink = pipeline.sink();
          }
        }
        assertThat(kills).as("imr streams killed three times").isEqualTo(3);
        assertThat(sinkKilled).isTrue();
        assertThat(produce.awaitExit(Duration.ofMinutes(1)))
            .as("imr produce: " + produce.stderr())
            .isZero();
        assertThat(outputs.accountsFor(truth.caseNumbers()))
            .as("every letter in is a decision or a dead letter")
            .isTrue();
        outputs.poll(Duration.ofSeconds(3));

        assertThat(outputs.decisions()).hasSize((int) truth.decisions());
        assertThat(outputs.decisionRecords())
            .as("no decision written twice")
            .isEqualTo(truth.decisions());
        assertThat(outputs.failures()).as("no letter failed").isEmpty();
        assertThat(Truth.describe(Truth.dashboardGroups(outputs)))
            .isEqualTo(Truth.describe(truth.upheldAndOverturnedByGroup()));
        assertThat(TopicLogs.deletedFrom(cluster.bootstrapServers()))
            .as("no record deleted by retention")
            .isEmpty();

        assertThat(streams.stop(Duration.ofMinutes(1)))
            .as("SIGTERM is a clean stop: " + streams.stderr())
            .isZero();
        assertThat(sink.stop(Duration.ofMinutes(1)))
            .as("SIGTERM is a clean stop: " + sink.stderr())
            .isZero();
      } finally {
        streams.close();
        if (sink != null) {
          sink.close();
        }
        if (produce != null) {
          produce.close();
        }
      }
    }
  }

  private static long dashboardTotal(PipelineOutputs outputs) {
    return outputs.stats().values().stream().mapToLong(n -> n.at("/allTime/total").asLong()).sum();
  }
}
