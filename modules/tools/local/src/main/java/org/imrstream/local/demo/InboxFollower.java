package org.imrstream.local.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.imrstream.command.StopSignals;
import org.imrstream.producer.InboxWatcher;
import org.imrstream.producer.LetterPublisher;

/**
 * {@code imr demo --follow}: publishes what lands in the inbox and keeps the live table current
 * until the user stops the demo (Ctrl-C or SIGTERM), after which the demo shuts down cleanly and
 * prints its summary.
 */
final class InboxFollower {

  private final Path inbox;
  private final PrintWriter err;

  InboxFollower(Path inbox, PrintWriter err) {
    this.inbox = inbox;
    this.err = err;
  }

  /** Runs until the user stops it or the pipeline stops. */
  void follow(
      EmbeddedPipeline pipeline,
      LetterPublisher publisher,
      PipelineOutputs outputs,
      LiveTable table)
      throws Exception {
    Files.createDirectories(inbox);
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    CountDownLatch stop = new CountDownLatch(1);
    StopSignals.Registration stopping = StopSignals.onStop(stop::countDown);
    err.printf("following %s: drop letters there; Ctrl-C stops%n", inbox.toAbsolutePath());
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.submit(
        () -> {
          try {
            watcher.run(Duration.ofMillis(500));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            err.println("inbox watcher stopped: " + e);
          }
        });
    try {
      while (stop.getCount() > 0 && pipeline.running()) {
        outputs.poll(Duration.ofMillis(500));
        table.show(outputs, false);
      }
    } finally {
      stopping.close();
      executor.shutdownNow();
      executor.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
