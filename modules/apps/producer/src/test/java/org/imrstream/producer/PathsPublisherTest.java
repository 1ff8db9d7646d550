package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathsPublisherTest {

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  private final LetterPublisher publisher = new LetterPublisher(producer, "raw", Clock.systemUTC());
  private final StringWriter err = new StringWriter();
  private final PathsPublisher paths = new PathsPublisher(publisher, new PrintWriter(err, true));

  @Test
  void anUnreadableFileIsReportedAndSkippedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Case Number: CM16-0213037\n");
    Path missing = dir.resolve("missing.txt");
    CountingProgress progress = new CountingProgress();

    PublishSummary summary = paths.publish(List.of(missing, good), NO_STDIN, progress);

    assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("CM16-0213037");
    assertThat(summary.letters()).isEqualTo(1);
    assertThat(summary.failures()).singleElement().asString().contains("missing.txt");
    assertThat(err.toString()).contains(missing + ": cannot be read").contains("skipped");
    assertThat(progress.started.get()).isEqualTo(2);
    assertThat(progress.steps.get()).as("the bar counts skipped files too").isEqualTo(2);
  }

  @Test
  void dashReadsOneLetterFromStdinBeforeTheFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Case Number: CM16-0000002\n");
    byte[] piped = "Case Number: CM16-0000001\n".getBytes(StandardCharsets.UTF_8);

    paths.publish(
        List.of(dir, Path.of("-")), new ByteArrayInputStream(piped), PathsPublisher.Progress.NONE);

    assertThat(producer.history())
        .extracting(ProducerRecord::key)
        .containsExactly("CM16-0000001", "CM16-0000002");
    assertThat(producer.history().get(0).value()).isEqualTo(piped);
    assertThat(
            new String(
                producer.history().get(0).headers().lastHeader("source-name").value(),
                StandardCharsets.UTF_8))
        .isEqualTo("stdin");
  }

  @Test
  void aFolderWithoutLettersIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("readme.md"), "x");
    PublishSummary summary = paths.publish(List.of(dir), NO_STDIN, PathsPublisher.Progress.NONE);
    assertThat(summary.letters()).isZero();
    assertThat(err.toString()).contains("no .txt or .pdf letters under");
  }

  @Test
  void refusedSendsAreCountedAsFailuresAfterAllSettled(@TempDir Path dir) throws IOException {
    MockProducer<String, byte[]> refusing =
        new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer()) {
          @Override
          public synchronized void flush() {
            while (errorNext(new TimeoutException("broker down"))) {
              // every pending send fails, as when the cluster is unreachable past
              // delivery.timeout.ms
            }
          }
        };
    LetterPublisher failing = new LetterPublisher(refusing, "raw", Clock.systemUTC());
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.txt"), "b");

    PublishSummary summary =
        new PathsPublisher(failing, new PrintWriter(err, true))
            .publish(List.of(dir), NO_STDIN, PathsPublisher.Progress.NONE);

    assertThat(summary.letters()).isZero();
    assertThat(summary.failures())
        .hasSize(2)
        .allSatisfy(f -> assertThat(f).contains("broker down"));
  }

  private static final class CountingProgress implements PathsPublisher.Progress {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger steps = new AtomicInteger();

    @Override
    public void start(int letters) {
      started.set(letters);
    }

    @Override
    public void step() {
      steps.incrementAndGet();
    }
  }
}
