package org.imrstream.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where letters come from: files as given, directories searched recursively, standard input ({@code
 * -}). Only finding and reading; publishing is {@link LetterPublisher}'s job.
 */
public final class LetterSources {

  private static final Logger LOG = LoggerFactory.getLogger(LetterSources.class);

  /** The path argument that means "one letter on standard input". */
  public static final String STDIN = "-";

  /** Source name of a letter read from standard input. */
  public static final String STDIN_NAME = "stdin";

  /** Suffixes an intake system writes under before renaming to the final name. */
  private static final List<String> PARTIAL_SUFFIXES = List.of(".part", ".tmp");

  private LetterSources() {}

  /**
   * Letter files end in .txt or .pdf; hidden and partial files (.part, .tmp) are not letters yet.
   */
  public static boolean isLetterFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".pdf"));
  }

  /**
   * The letter name a partial file will have once renamed ({@code a.pdf.part}, {@code .a.pdf} and
   * {@code .a.pdf.tmp} all become {@code a.pdf}), or null when the name is no partial letter.
   */
  public static String finalNameOfPartial(String name) {
    String stripped = name.startsWith(".") ? name.substring(1) : name;
    for (String suffix : PARTIAL_SUFFIXES) {
      if (stripped.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        stripped = stripped.substring(0, stripped.length() - suffix.length());
        break;
      }
    }
    boolean partial = !stripped.equals(name);
    return partial && !stripped.isEmpty() && isLetterFile(Path.of(stripped)) ? stripped : null;
  }

  /** As {@link #files(List, Consumer)}, with problems logged as warnings. */
  public static List<Path> files(List<Path> paths) throws IOException {
    return files(paths, problem -> LOG.warn("{}", problem));
  }

  /**
   * Files under {@code paths}: a file as given, a directory's letter files sorted by path so that
   * runs are repeatable. Each file is listed once even when named twice. What cannot be searched
   * (an unreadable folder, a broken link with a letter's name) goes to {@code problems} and is
   * skipped, so one bad entry does not stop a bulk load and is never dropped silently.
   */
  public static List<Path> files(List<Path> paths, Consumer<String> problems) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(walk(path, problems));
      } else {
        files.add(path); // unreadable or missing: reported when it is read, with the reason
      }
    }
    return new ArrayList<>(files);
  }

  private static List<Path> walk(Path dir, Consumer<String> problems) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isLetterFile(file)) {
              return FileVisitResult.CONTINUE;
            }
            // attrs describe a link itself; a letter behind a link counts when the link leads to a
            // file
            if (attrs.isRegularFile() || Files.isRegularFile(file)) {
              found.add(file);
            } else {
              problems.accept(file + ": not a readable file (broken link?): skipped");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.accept(file + ": cannot be searched (" + e + "): skipped");
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return found;
  }

  public static Letter read(Path file) throws IOException {
    return new Letter(file.getFileName().toString(), Files.readAllBytes(file), file);
  }

  /** One letter: all of standard input, named {@value #STDIN_NAME}. */
  public static Letter readStdin(InputStream in) throws IOException {
    return Letter.fromBytes(STDIN_NAME, in.readAllBytes());
  }
}
