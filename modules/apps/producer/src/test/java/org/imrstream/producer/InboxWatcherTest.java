package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {

  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
  private final LetterPublisher publisher =
      new LetterPublisher(producer, Topics.RAW_LETTERS, Clock.systemUTC());

  private static final byte[] LETTER =
      "Case Number: CM17-0000001\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileIsSentOnceCompleteAndMovedToDoneOnlyAfterTheAck(@TempDir Path inbox)
      throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Files.write(inbox.resolve("CM17-0000001.txt"), LETTER);
    Files.write(inbox.resolve("upload.pdf.part"), new byte[] {1});
    Files.write(inbox.resolve(".hidden.txt"), LETTER);

    assertThat(watcher.pollOnce()).as("first sight: maybe still being written").isZero();
    assertThat(watcher.pollOnce()).isEqualTo(1);
    assertThat(producer.history()).hasSize(1);
    assertThat(producer.history().get(0).key()).isEqualTo("CM17-0000001");
    assertThat(inbox.resolve("CM17-0000001.txt")).as("not acknowledged yet").exists();
    assertThat(watcher.pollOnce()).as("in flight: not sent again").isZero();

    producer.completeNext();
    assertThat(inbox.resolve("CM17-0000001.txt")).doesNotExist();
    assertThat(inbox.resolve("done/CM17-0000001.txt")).hasBinaryContent(LETTER);
    assertThat(inbox.resolve("upload.pdf.part")).exists();
    assertThat(producer.history()).hasSize(1);
    assertThat(publisher.summary().letters()).isEqualTo(1);
  }

  @Test
  void aFailedSendLeavesTheFileInTheInboxForTheNextPoll(@TempDir Path inbox) throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Files.write(inbox.resolve("a.txt"), LETTER);
    watcher.pollOnce();
    watcher.pollOnce();
    producer.errorNext(new TimeoutException("broker down"));

    assertThat(inbox.resolve("a.txt")).exists();
    assertThat(inbox.resolve("done/a.txt")).doesNotExist();
    assertThat(publisher.summary().failures()).singleElement().asString().contains("broker down");

    assertThat(watcher.pollOnce()).as("sent again").isEqualTo(1);
    producer.completeNext();
    assertThat(inbox.resolve("done/a.txt")).exists();
    assertThat(publisher.summary().failures()).as("delivered in the end: no failure").isEmpty();
  }

  @Test
  void aGrowingFileWaitsUntilItStopsChanging(@TempDir Path inbox) throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Path file = inbox.resolve("big.txt");
    Files.write(file, LETTER);
    watcher.pollOnce();
    Files.write(
        file, "more".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
    assertThat(watcher.pollOnce()).isZero();
    assertThat(watcher.pollOnce()).isEqualTo(1);
  }

  @Test
  void aNameTakenInDoneGetsANumber(@TempDir Path inbox) throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Files.write(inbox.resolve("done/a.txt"), LETTER);
    Files.write(inbox.resolve("a.txt"), LETTER);
    watcher.pollOnce();
    watcher.pollOnce();
    producer.completeNext();
    assertThat(inbox.resolve("done/a.1.txt")).exists();
  }

  @Test
  void aRenameIntoPlaceIsCompleteAtOnce(@TempDir Path inbox) throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Path part = Files.write(inbox.resolve("CM17-0000001.pdf.part"), LETTER);
    assertThat(watcher.pollOnce()).isZero();
    Files.move(part, inbox.resolve("CM17-0000001.pdf"));
    assertThat(watcher.pollOnce()).as("the writer said it is done by renaming").isEqualTo(1);
    assertThat(producer.history())
        .singleElement()
        .extracting(r -> r.key())
        .isEqualTo("CM17-0000001");
  }

  @Test
  void aFileThatCannotBeReadGoesToFailedWithItsReasonAndIsNotSent(@TempDir Path inbox)
      throws IOException {
    InboxWatcher watcher =
        new InboxWatcher(
            inbox,
            publisher,
            file -> {
              if (file.getFileName().toString().equals("bad.pdf")) {
                throw new AccessDeniedException(file.toString());
              }
              return LetterSources.read(file);
            });
    Files.write(inbox.resolve("bad.pdf"), LETTER);
    Files.write(inbox.resolve("good.txt"), LETTER);
    watcher.pollOnce();
    assertThat(watcher.pollOnce()).isEqualTo(1);
    producer.completeNext();

    assertThat(inbox.resolve("failed/bad.pdf")).hasBinaryContent(LETTER);
    assertThat(inbox.resolve("failed/bad.pdf.reason")).content().contains("AccessDeniedException");
    assertThat(inbox.resolve("done/good.txt")).exists();
    assertThat(producer.history()).hasSize(1);
    assertThat(publisher.summary().failures())
        .singleElement()
        .asString()
        .startsWith(inbox.resolve("bad.pdf").toString());
  }

  @Test
  void aFileGoneBeforeItIsReadIsNoFailure(@TempDir Path inbox) throws IOException {
    InboxWatcher watcher =
        new InboxWatcher(
            inbox,
            publisher,
            file -> {
              Files.delete(file); // e.g. the intake system took it back
              return LetterSources.read(file);
            });
    Files.write(inbox.resolve("a.txt"), LETTER);
    watcher.pollOnce();
    assertThat(watcher.pollOnce()).isZero();
    assertThat(publisher.summary().failures()).isEmpty();
    assertThat(inbox.resolve(InboxWatcher.FAILED)).isEmptyDirectory();
  }

  @Test
  void anAcknowledgedFileThatCannotBeMovedIsNotSentOnEveryPoll(@TempDir Path inbox)
      throws IOException {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    Files.delete(inbox.resolve(InboxWatcher.DONE));
    Files.write(
        inbox.resolve(InboxWatcher.DONE), new byte[0]); // done/ is no folder any more: moves fail
    Path file = Files.write(inbox.resolve("a.txt"), LETTER);
    watcher.pollOnce();
    watcher.pollOnce();
    producer.completeNext();
    assertThat(file).exists();

    assertThat(watcher.pollOnce()).isZero();
    assertThat(watcher.pollOnce()).isZero();
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void runEndsWithInterruptedExceptionWhenInterrupted(@TempDir Path inbox) throws Exception {
    InboxWatcher watcher = new InboxWatcher(inbox, publisher);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Throwable> ended =
          executor.submit(
              () -> {
                try {
                  watcher.run(Duration.ofMillis(10));
                  return null;
                } catch (InterruptedException e) {
                  return e;
                }
              });
      Thread.sleep(50);
      executor.shutdownNow();
      assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    } finally {
      executor.shutdownNow();
    }
  }
}
