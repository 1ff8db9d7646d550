package org.imrstream.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns command-line paths into letter files: files as given, directories searched recursively. */
public final class LetterSources {

  private LetterSources() {}

  /** Letter files end in .txt or .pdf; hidden and partial files (.part, .tmp) are not letters yet. */
  public static boolean isLetterFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".pdf"));
  }

  /** Files under {@code paths}, sorted by path within each directory so that runs are repeatable. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(LetterSources::isLetterFile).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  public static Letter read(Path file) throws IOException {
    return new Letter(file.getFileName().toString(), Files.readAllBytes(file), file);
  }

  public static Letter readStdin(InputStream in) throws IOException {
    return Letter.fromBytes("stdin", in.readAllBytes());
  }
}
