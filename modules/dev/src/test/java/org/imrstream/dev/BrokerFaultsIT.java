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
 * Three brokers (replication 3, {@code min.insync.replicas=2}): one is stopped in the middle of a
 * run and started again; the pipeline carries on and the counts are exact.
 */
class BrokerFaultsIT {

  @Test
  void oneOfThreeBrokersStoppedMidRunLosesNothing(@TempDir Path dir) throws Exception {
    Generated letters = Generated.write(dir, 1500, 31);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(3, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir, "replication.factor=3");
      try (ImrProcess streams =
          pipeline.streams("--create-topics", "--partitions", "3", "--replication-factor", "3")) {
        Awaiting.until(
            "topics created",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        try (ImrProcess sink = pipeline.sink();
            ImrProcess produce = pipeline.produce(letters.letters().toString());
            PipelineOutputs outputs =
                new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
          Awaiting.until(
              "a third of the decisions",
              Duration.ofMinutes(3),
              () -> {
                outputs.poll(Duration.ofMillis(300));
                return outputs.decisions().size() > letters.truth().decisions() / 3;
              });
          cluster.control("stop-broker 1");
          Awaiting.until(
              "two thirds of the decisions with a broker down",
              Duration.ofMinutes(4),
              () -> {
                outputs.poll(Duration.ofMillis(300));
                return outputs.decisions().size() > 2 * letters.truth().decisions() / 3;
              });
          cluster.control("start-broker 1");
          Accounting.assertExact(
              outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(5));
          assertThat(produce.awaitExit(Duration.ofMinutes(1)))
              .as("imr produce: " + produce.stderr())
              .isZero();
          assertThat(streams.isAlive()).as("imr streams rode it out: " + streams.stderr()).isTrue();
          assertThat(sink.isAlive()).as("imr sink rode it out: " + sink.stderr()).isTrue();
        }
      }
    }
  }
}
