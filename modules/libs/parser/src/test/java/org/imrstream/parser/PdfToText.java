package org.imrstream.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.imrstream.testkit.SharedCorpus;

/**
 * Runs poppler's {@code pdftotext} (Debian's poppler-utils, installed by CI) on a letter, as a
 * document intake system that extracts text itself would, and keeps each result: every letter is
 * extracted once per mode, into a folder the test class owns.
 */
final class PdfToText {

  /** The modes an intake system is likely to use. */
  enum Mode {
    DEFAULT(List.of()),
    LAYOUT(List.of("-layout")),
    RAW(List.of("-raw"));

    private final List<String> options;

    Mode(List<String> options) {
      this.options = options;
    }
  }

  private static final long TIMEOUT_SECONDS = 60;

  private final Path folder;
  private final Map<String, String> extracted = new ConcurrentHashMap<>();

  PdfToText(Path folder) {
    this.folder = folder;
  }

  /**
   * The binary on the PATH. When it is missing the calling test is skipped, unless CI requires the
   * corpus tests to run ({@value SharedCorpus#REQUIRED_ENV}): then it fails.
   */
  static Path require() {
    Optional<Path> binary = locate();
    if (binary.isEmpty() && Boolean.parseBoolean(System.getenv(SharedCorpus.REQUIRED_ENV))) {
      throw new IllegalStateException(
          "pdftotext (poppler-utils) not found but " + SharedCorpus.REQUIRED_ENV + " is set");
    }
    assumeTrue(binary.isPresent(), "pdftotext (poppler-utils) not found: its variants skipped");
    return binary.get();
  }

  static Optional<Path> locate() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "pdftotext");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The text of {@code pdf} as {@code pdftotext} extracts it in {@code mode}, UTF-8. */
  String text(Path pdf, Mode mode) {
    return extracted.computeIfAbsent(mode + "/" + pdf, key -> run(pdf, mode));
  }

  private String run(Path pdf, Mode mode) {
    Path binary = require();
    String name = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
    Path out = folder.resolve(name + "." + mode.name().toLowerCase(Locale.ROOT) + ".txt");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(mode.options);
    command.addAll(List.of("-enc", "UTF-8", pdf.toString(), out.toString()));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve(name + ".log").toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("pdftotext took over " + TIMEOUT_SECONDS + "s on " + pdf);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "pdftotext exited with " + process.exitValue() + " on " + pdf + ": " + command);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
