package org.imrstream.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an inbox that a document intake system fills. A file is published once it is complete (the same size
 * and modification time on two polls in a row; hidden and partial names such as {@code .part} or {@code .tmp} are
 * not letters yet, so writing under such a name and renaming is the quickest way in). It moves to {@code done/}
 * only after the broker acknowledged it; a failed send leaves it in the inbox for the next poll, an unreadable file
 * goes to {@code failed/} with a {@code .reason} file beside it.
 *
 * <p>On restart every file still in the inbox is sent again: at-least-once from the folder. A crash between the
 * acknowledgement and the move can therefore send a letter twice; the topology drops the duplicate because it has
 * the same letter id and the same bytes.
 */
public final class InboxWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  private record Seen(long size, FileTime modified) {}

  private final Path inbox;
  private final Path done;
  private final Path failed;
  private final LetterPublisher publisher;
  private final Map<Path, Seen> lastPoll = new HashMap<>();
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();

  public InboxWatcher(Path inbox, LetterPublisher publisher) throws IOException {
    this.inbox = inbox;
    this.done = Files.createDirectories(inbox.resolve(DONE));
    this.failed = Files.createDirectories(inbox.resolve(FAILED));
    this.publisher = publisher;
  }

  /** One look at the inbox: publishes the files that became complete. Returns how many were sent. */
  public int pollOnce() throws IOException {
    Map<Path, Seen> now = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(inbox)) {
      files = list.filter(Files::isRegularFile).filter(LetterSources::isLetterFile).sorted().toList();
    }
    int sent = 0;
    for (Path file : files) {
      Seen seen;
      try {
        seen = new Seen(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        continue; // moved or deleted since the listing
      }
      now.put(file, seen);
      if (seen.equals(lastPoll.get(file)) && !inFlight.contains(file)) {
        publish(file);
        sent++;
      }
    }
    lastPoll.clear();
    lastPoll.putAll(now);
    return sent;
  }

  private void publish(Path file) {
    Letter letter;
    try {
      letter = LetterSources.read(file);
    } catch (IOException | OutOfMemoryError e) {
      LOG.error("cannot read {}: {}; moving it to {}/", file, e, FAILED);
      publisher.unreadable(file.getFileName().toString(), e.toString());
      moveTo(file, failed, e.toString());
      return;
    }
    inFlight.add(file);
    publisher.publish(letter).whenComplete((ok, error) -> {
      try {
        if (error == null) {
          moveTo(file, done, null);
        } else {
          LOG.warn("{} stays in the inbox: not acknowledged ({})", file.getFileName(), error.toString());
        }
      } finally {
        inFlight.remove(file);
      }
    });
  }

  /** Runs {@link #pollOnce()} every {@code interval} until the thread is interrupted. */
  public void run(Duration interval) throws IOException, InterruptedException {
    LOG.info("watching {} every {} ms", inbox, interval.toMillis());
    while (!Thread.currentThread().isInterrupted()) {
      pollOnce();
      publisher.flush();
      Thread.sleep(interval.toMillis());
    }
  }

  /** Files sent but not yet acknowledged. */
  public int inFlight() {
    return inFlight.size();
  }

  private static void moveTo(Path file, Path folder, String reason) {
    try {
      Path target = free(folder.resolve(file.getFileName()));
      try {
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, target);
      }
      if (reason != null) {
        Files.writeString(Path.of(target + ".reason"), reason + System.lineSeparator(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      LOG.error("cannot move {} to {}: {}", file, folder, e.toString());
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
      Path candidate = target.resolveSibling(dot < 0 ? name + "." + n : name.substring(0, dot) + "." + n + name.substring(dot));
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }
}
