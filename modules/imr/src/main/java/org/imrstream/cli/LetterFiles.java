package org.imrstream.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line paths into the letter files they name: files as given, directories
 * recursively.
 */
final class LetterFiles {

  private LetterFiles() {}

  static boolean isLetter(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".pdf"));
  }

  /**
   * The letters under {@code paths}, sorted by file name (then path); missing paths are returned as
   * they are.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(LetterFiles::isLetter).forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    files.sort(
        Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
    return files;
  }
}
