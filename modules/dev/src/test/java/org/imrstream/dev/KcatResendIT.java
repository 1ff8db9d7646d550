package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document intake system that publishes straight to the raw topic with its own client and its own
 * keys: the same PDF sent by kcat (librdkafka) under two keys and under none is one letter, counted
 * once.
 */
class KcatResendIT {

  @Test
  void theSameLetterFromAnotherClientUnderAnyKeyIsCountedOnce(@TempDir Path dir) throws Exception {
    Path kcat = Path.of("/usr/bin/kcat");
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(
          Files.isExecutable(kcat), "kcat is not installed (apt-get install kcat)");
    }
    Path pdf = SharedCorpus.require().resolve("letters/CM16-0219557.pdf");
    try (LocalClusterProcess cluster =
            LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"));
        ImrProcess streams =
            new PipelineProcesses(cluster, dir).streams("--create-topics", "--partitions", "3")) {
      Awaiting.until(
          "topics created",
          Duration.ofMinutes(1),
          () -> Awaiting.topicsExist(cluster.bootstrapServers()));
      kcat(kcat, cluster, pdf, "kcat-pdf-1");
      kcat(kcat, cluster, pdf, "kcat-pdf-2");
      kcat(kcat, cluster, pdf, null);

      try (PipelineOutputs outputs =
          new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
        Awaiting.until(
            "the letter decided",
            Duration.ofMinutes(2),
            () -> {
              outputs.poll(Duration.ofMillis(300));
              return !outputs.decisions().isEmpty();
            });
        // The three records sit in different partitions; give the later ones time to be (not)
        // counted.
        for (int i = 0; i < 10; i++) {
          outputs.poll(Duration.ofMillis(500));
        }
        assertThat(outputs.decisions()).containsOnlyKeys("CM16-0219557#1");
        assertThat(outputs.decisionRecords())
            .as("one letter, however often and under whatever key")
            .isEqualTo(1);
        assertThat(outputs.failures()).isEmpty();
      }
      assertThat(streams.stderr()).as("two re-sends recognised").contains("is a duplicate");
    }
  }

  private static void kcat(Path kcat, LocalClusterProcess cluster, Path file, String key)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                kcat.toString(), "-P", "-b", cluster.bootstrapServers(), "-t", Topics.RAW_LETTERS));
    if (key != null) {
      command.addAll(List.of("-k", key));
    }
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue())
        .as(new String(process.getInputStream().readAllBytes()))
        .isZero();
  }
}
