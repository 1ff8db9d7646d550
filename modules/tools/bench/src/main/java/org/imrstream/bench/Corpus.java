package org.imrstream.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.text.LetterText;

/**
 * The shared corpus's 105 published PDF letters, found as the tests find them ({@code
 * SharedCorpus.locate()} in imr-parser's test-jar, which a benchmark jar must not ship): {@code
 * -Dimr.corpus=DIR}, else the first {@code shared/corpus} holding an {@code expected.jsonl} in the
 * working directory or above it. Read in place, never copied.
 */
public final class Corpus {

  public static final String PROPERTY = "imr.corpus";

  private Corpus() {}

  /** The corpus folder, or empty when there is none. */
  public static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve("shared").resolve("corpus"));
    }
    return candidates.stream()
        .map(Path::normalize)
        .filter(p -> Files.isRegularFile(p.resolve("expected.jsonl")))
        .findFirst();
  }

  public static Path require() {
    return locate()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "shared corpus not found: pass -D"
                        + PROPERTY
                        + "=DIR (the folder holding expected.jsonl and letters/)"));
  }

  /** The bytes of every PDF in letters/, in file-name order. */
  public static List<byte[]> pdfs() {
    Path letters = require().resolve("letters");
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(letters)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList()) {
        out.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no PDF letters in " + letters);
    }
    return out;
  }

  /** Every PDF letter extracted to (normalized) text, once. */
  public static List<String> texts() {
    LetterText extractor = new LetterText();
    List<String> out = new ArrayList<>();
    for (byte[] pdf : pdfs()) {
      try {
        out.add(extractor.extract(pdf));
      } catch (LetterParseException e) {
        throw new IllegalStateException("corpus letter has no text: " + e.getMessage(), e);
      }
    }
    return out;
  }

  static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * One line for the benchmark log: how many letters and how big, so that letters/s converts to
   * MB/s.
   */
  static String describe(String what, int count, long totalBytes) {
    double mean = (double) totalBytes / count;
    return String.format(
        "%n[setup] %d %s, %,d bytes in all, mean %,.0f bytes a letter;"
            + " MB/s (10^6 bytes) = letters/s x %.6f%n",
        count, what, totalBytes, mean, mean / 1e6);
  }
}
