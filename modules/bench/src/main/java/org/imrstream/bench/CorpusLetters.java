package org.imrstream.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus's PDF letters, found like the tests find them: {@code -Dimr.corpus=DIR}, else a {@code
 * shared/corpus} folder above the working directory.
 */
final class CorpusLetters {

  private CorpusLetters() {}

  static Path corpus() {
    String configured = System.getProperty("imr.corpus");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/corpus");
      if (Files.isDirectory(candidate.resolve("letters"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared corpus not found: pass -Dimr.corpus=DIR");
  }

  static List<byte[]> pdfs() {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus().resolve("letters"))) {
      for (Path file : files.sorted().toList()) {
        out.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
