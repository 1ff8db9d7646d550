package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The inbox watcher killed with SIGKILL in the middle of a batch and started again: the letters it
 * had sent but not yet moved to done/ are sent again, and the pipeline counts every file exactly
 * once.
 */
class InboxKillIT {

  @Test
  void aWatcherKilledMidBatchCountsEveryFileOnce(@TempDir Path dir) throws Exception {
    Generated letters = Generated.write(dir, 400, 41);
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      try (ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "2")) {
        Awaiting.until(
            "topics created",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        try (ImrProcess sink = pipeline.sink()) {
          ImrProcess watcher =
              pipeline.produce("--watch", inbox.toString(), "--poll-interval", "200ms");
          // Letters arrive one after the other, as from a document intake system. Half way the
          // intake
          // waits for the kill, so the kill lands mid-batch however fast or slow the machine is.
          CountDownLatch killed = new CountDownLatch(1);
          ExecutorService intake = Executors.newSingleThreadExecutor();
          Future<?> arriving =
              intake.submit(
                  () -> {
                    List<Path> all = list(letters.letters());
                    for (int i = 0; i < all.size(); i++) {
                      if (i == all.size() / 2 && !killed.await(3, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the watcher was never killed");
                      }
                      Files.move(all.get(i), inbox.resolve(all.get(i).getFileName()));
                      Thread.sleep(15);
                    }
                    return null;
                  });
          try {
            Awaiting.until(
                "a part of the batch done",
                Duration.ofMinutes(2),
                () -> count(inbox.resolve("done")) >= 60);
            watcher.kill();
            assertThat(arriving.isDone()).as("killed while letters were still arriving").isFalse();
            killed.countDown();
            watcher = pipeline.produce("--watch", inbox.toString(), "--poll-interval", "200ms");
            arriving.get(2, TimeUnit.MINUTES);
            Awaiting.until(
                "the whole batch done",
                Duration.ofMinutes(3),
                () -> count(inbox.resolve("done")) == 400);
            assertThat(watcher.stop(Duration.ofMinutes(1)))
                .as("SIGTERM: " + watcher.stderr())
                .isZero();
          } finally {
            watcher.close();
            intake.shutdownNow();
            intake.awaitTermination(1, TimeUnit.MINUTES);
          }
          try (PipelineOutputs outputs =
              new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
            Accounting.assertExact(
                outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(3));
          }
          assertThat(streams.isAlive() && sink.isAlive()).as("the pipeline kept running").isTrue();
        }
      }
    }
  }

  private static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long count(Path dir) throws Exception {
    return Files.isDirectory(dir) ? list(dir).size() : 0;
  }
}
