package org.imrstream.producer;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an inbox that a document intake system fills. A file is published once it is complete:
 * either it had the same size and modification time on two polls in a row, or it just took the
 * place of a partial file seen on the previous poll ({@code a.pdf.part}, {@code a.pdf.tmp} or
 * {@code .a.pdf} renamed to {@code a.pdf}: the writer says it is done). Hidden and partial names
 * are never letters themselves. A file moves to {@code done/} only after the broker acknowledged
 * it; a failed send leaves it in the inbox for the next poll, an unreadable file goes to {@code
 * failed/} with a {@code .reason} file beside it.
 *
 * <p>On restart every file still in the inbox is sent again: at-least-once from the folder. A crash
 * between the acknowledgement and the move can therefore send a letter twice; that is harmless
 * because the topology deduplicates by letter id and content hash (same id, same bytes: counted as
 * a duplicate, nothing else). Nothing is moved before its acknowledgement, so nothing is lost.
 */
public final class InboxWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  private record Seen(long size, FileTime modified) {}

  /**
   * Reads a file into a letter; a seam so tests can make a file unreadable (root reads every file).
   */
  interface Reader {
    Letter read(Path file) throws IOException;
  }

  private final Path inbox;
  private final Path done;
  private final Path failed;
  private final LetterPublisher publisher;
  private final Reader reader;
  private final Map<Path, Seen> lastPoll = new HashMap<>();

  /** Final names of the partial files on the last poll ({@code a.pdf} for {@code a.pdf.part}). */
  private Set<String> lastPartials = Set.of();

  /** Written by the producer's callback thread, read by the polling thread. */
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * Acknowledged files that could not be moved to done/ (e.g. no permission), as they were when
   * sent: sending them again on every poll would only flood the topic with duplicates, so they wait
   * until they change or the restart.
   */
  private final Map<Path, Seen> unmovable = new ConcurrentHashMap<>();

  public InboxWatcher(Path inbox, LetterPublisher publisher) throws IOException {
    this(inbox, publisher, LetterSources::read);
  }

  InboxWatcher(Path inbox, LetterPublisher publisher, Reader reader) throws IOException {
    this.inbox = inbox;
    this.done = Files.createDirectories(inbox.resolve(DONE));
    this.failed = Files.createDirectories(inbox.resolve(FAILED));
    this.publisher = publisher;
    this.reader = reader;
  }

  /**
   * One look at the inbox: publishes the files that became complete. Returns how many were sent.
   */
  public int pollOnce() throws IOException {
    List<Path> all;
    try (Stream<Path> list = Files.list(inbox)) {
      all = list.filter(Files::isRegularFile).sorted().toList();
    }
    Set<String> partials = new HashSet<>();
    for (Path file : all) {
      String finalName = LetterSources.finalNameOfPartial(file.getFileName().toString());
      if (finalName != null) {
        partials.add(finalName);
      }
    }
    Map<Path, Seen> now = new HashMap<>();
    int sent = 0;
    for (Path file : all) {
      if (!LetterSources.isLetterFile(file)) {
        continue;
      }
      Seen seen;
      try {
        seen = new Seen(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        continue; // moved or deleted since the listing
      }
      now.put(file, seen);
      if (seen.equals(unmovable.get(file))) {
        continue;
      }
      if (!inFlight.contains(file)
          && (seen.equals(lastPoll.get(file)) || renamedIntoPlace(file, partials))) {
        if (publish(file, seen)) {
          sent++;
        }
      }
    }
    lastPoll.clear();
    lastPoll.putAll(now);
    lastPartials = partials;
    return sent;
  }

  /** New since the last poll, where a partial file of the same final name was and no longer is. */
  private boolean renamedIntoPlace(Path file, Set<String> partialsNow) {
    String name = file.getFileName().toString();
    return !lastPoll.containsKey(file)
        && lastPartials.contains(name)
        && !partialsNow.contains(name);
  }

  /**
   * Sends one complete file; false when nothing was sent (gone before it was read, or unreadable).
   */
  private boolean publish(Path file, Seen seen) {
    Letter letter;
    try {
      letter = reader.read(file);
    } catch (NoSuchFileException e) {
      return false; // moved or deleted since it was listed: not ours to report
    } catch (ClosedByInterruptException e) {
      return false; // we are being stopped mid-read: the file is fine and stays for the next run
    } catch (IOException | OutOfMemoryError e) {
      LOG.error("cannot read {}: {}; moving it to {}/", file, e, FAILED);
      publisher.unreadable(file.toString(), e.toString());
      moveTo(file, failed, e.toString());
      return false;
    }
    inFlight.add(file);
    // Runs on the producer's I/O thread once the broker answered; a rename is quick enough to do
    // there, and
    // doing it here (not after the next poll) is what keeps "moved" equal to "acknowledged".
    publisher
        .publish(letter)
        .whenComplete(
            (ok, error) -> {
              try {
                if (error == null) {
                  if (!moveTo(file, done, null)) {
                    unmovable.put(file, seen);
                  }
                } else {
                  LOG.warn(
                      "{} stays in the inbox: not acknowledged ({})",
                      file.getFileName(),
                      error.toString());
                }
              } finally {
                inFlight.remove(file);
              }
            });
    return true;
  }

  /**
   * Runs {@link #pollOnce()} every {@code interval} until the thread is interrupted, which ends it
   * with an {@link InterruptedException}. Sends still unacknowledged then complete (and move) while
   * the producer closes.
   */
  public void run(Duration interval) throws IOException, InterruptedException {
    LOG.info("watching {} every {} ms", inbox, interval.toMillis());
    try {
      while (!Thread.currentThread().isInterrupted()) {
        pollOnce();
        publisher
            .flush(); // send now rather than after linger.ms: an inbox trickles, batches will not
        // fill
        Thread.sleep(interval.toMillis());
      }
    } catch (InterruptException e) {
      // Kafka's unchecked form of an interrupted flush; callers expect the JDK's
      Thread.interrupted();
      InterruptedException interrupted = new InterruptedException("inbox watcher stopped");
      interrupted.initCause(e);
      throw interrupted;
    }
    Thread
        .interrupted(); // the exception now carries the interrupt, as the JDK's blocking methods do
    throw new InterruptedException("inbox watcher stopped");
  }

  /** Files sent but not yet acknowledged. */
  public int inFlight() {
    return inFlight.size();
  }

  /**
   * Moves {@code file} into {@code folder} under a free name; false (and logged) when it cannot.
   */
  private static boolean moveTo(Path file, Path folder, String reason) {
    try {
      Path target = free(folder.resolve(file.getFileName()));
      try {
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, target);
      }
      if (reason != null) {
        Files.writeString(
            Path.of(target + ".reason"), reason + System.lineSeparator(), StandardCharsets.UTF_8);
      }
      return true;
    } catch (IOException e) {
      LOG.error("cannot move {} to {}: {}", file, folder, e.toString());
      return false;
    }
  }

  /** A name in the folder not taken yet: letter.pdf, then letter.1.pdf, letter.2.pdf, ... */
  private static Path free(Path target) {
    if (!Files.exists(target)) {
      return target;
    }
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    for (int n = 1; ; n++) {
      Path candidate =
          target.resolveSibling(
              dot < 0 ? name + "." + n : name.substring(0, dot) + "." + n + name.substring(dot));
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }
}
