package org.imrstream.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A bulk run: publishes every letter that command-line paths name (files, directories, {@code -}
 * for stdin) and waits until the broker acknowledged or refused each. A file that cannot be read is
 * reported and skipped; the run goes on and the summary counts it as a failure.
 */
public final class PathsPublisher {

  /**
   * Told how many letters a run will send, then once per letter when its send is over (for a
   * progress bar).
   */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void start(int letters) {}

    default void step() {}
  }

  private final LetterPublisher publisher;
  private final PrintWriter err;

  public PathsPublisher(LetterPublisher publisher, PrintWriter err) {
    this.publisher = publisher;
    this.err = err;
  }

  /**
   * The files {@code paths} name, without {@code -}; problems found while searching are reported.
   */
  public List<Path> files(List<Path> paths) throws IOException {
    List<Path> files =
        LetterSources.files(paths.stream().filter(p -> !isStdin(p)).toList(), this::report);
    if (files.isEmpty() && paths.stream().noneMatch(PathsPublisher::isStdin)) {
      report("no .txt or .pdf letters under " + paths);
    }
    return files;
  }

  /**
   * Publishes {@code files} (and stdin first when {@code paths} hold {@code -}); returns when all
   * are settled.
   */
  public PublishSummary publish(List<Path> paths, InputStream stdin, Progress progress)
      throws IOException {
    List<Path> files = files(paths);
    boolean readStdin = paths.stream().anyMatch(PathsPublisher::isStdin);
    progress.start(files.size() + (readStdin ? 1 : 0));
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    if (readStdin) {
      sends.add(send(LetterSources.readStdin(stdin), progress));
    }
    for (Path file : files) {
      Letter letter;
      try {
        letter = LetterSources.read(file);
      } catch (IOException | OutOfMemoryError e) {
        // OutOfMemoryError: a letter larger than the heap can hold is a bad input, not a reason to
        // stop the run
        report(file + ": cannot be read (" + e + "): skipped");
        publisher.unreadable(file.toString(), e.toString());
        progress.step();
        continue;
      }
      sends.add(send(letter, progress));
    }
    publisher.flush(); // do not wait for linger.ms on the last batch
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    return publisher.summary();
  }

  /**
   * A future that holds no letter, so a long run does not keep every acknowledged letter's bytes in
   * memory.
   */
  private CompletableFuture<Void> send(Letter letter, Progress progress) {
    return publisher
        .publish(letter)
        .handle(
            (ok, e) -> {
              progress.step();
              return null;
            });
  }

  private void report(String problem) {
    err.println(problem);
    err.flush();
  }

  static boolean isStdin(Path path) {
    return path.toString().equals(LetterSources.STDIN);
  }
}
