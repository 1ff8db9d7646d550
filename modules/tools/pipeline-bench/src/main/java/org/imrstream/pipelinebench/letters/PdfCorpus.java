package org.imrstream.pipelinebench.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;

/**
 * The published PDF letters of the shared corpus ({@code <corpus>/letters/*.pdf}), repeated to the
 * number of letters a phase asks for. A repeat is the same letter with the same bytes: the pipeline
 * parses it again and then drops it as a duplicate, so repeats cost the parse (most of a PDF's
 * cost) but add no decisions.
 */
public final class PdfCorpus {

  /** The system property that names the corpus folder, as the tests use it. */
  public static final String PROPERTY = "imr.corpus";

  private final Path folder;
  private final List<Path> files;

  private PdfCorpus(Path folder, List<Path> files) {
    this.folder = folder;
    this.files = files;
  }

  /**
   * The corpus {@code given} names, else {@value #PROPERTY}'s, else the first {@code shared/corpus}
   * beside this folder or one of its parents (where a checkout keeps it); empty when none holds
   * PDFs.
   */
  public static Optional<PdfCorpus> locate(Path given) throws IOException {
    List<Path> candidates = new ArrayList<>();
    if (given != null) {
      candidates.add(given);
    } else {
      String property = System.getProperty(PROPERTY);
      if (property != null && !property.isBlank()) {
        candidates.add(Path.of(property));
      }
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        candidates.add(dir.resolve("shared").resolve("corpus"));
      }
    }
    for (Path candidate : candidates) {
      List<Path> pdfs = pdfs(candidate.resolve("letters"));
      if (!pdfs.isEmpty()) {
        return Optional.of(new PdfCorpus(candidate.normalize(), pdfs));
      }
    }
    return Optional.empty();
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf"))
          .sorted()
          .toList();
    }
  }

  public Path folder() {
    return folder;
  }

  /** The distinct PDFs, read into memory (about 3 MB for the 105 published letters). */
  public List<byte[]> read() throws IOException {
    List<byte[]> letters = new ArrayList<>();
    for (Path file : files) {
      letters.add(Files.readAllBytes(file));
    }
    return letters;
  }

  /** The file names of {@link #read()}'s letters, in the same order. */
  public List<String> names() {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  /**
   * The workload of {@code count} letters taken round-robin from {@code pdfs}. Its decisions are
   * what the pipeline ends up counting: per letter id (its case number), the decisions of the last
   * version published, as this JVM's parser reads them (a letter that fails to parse has none).
   */
  public Workload workload(List<byte[]> pdfs, int count) {
    Map<String, byte[]> lastVersion = new LinkedHashMap<>();
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] pdf = pdfs.get(i % pdfs.size());
      bytes += pdf.length;
      lastVersion.put(LetterIdentity.of(pdf), pdf);
    }
    LetterParser parser = new LetterParser();
    long decisions =
        lastVersion.values().parallelStream()
            .mapToLong(
                pdf ->
                    parser.parse(pdf, "corpus") instanceof ParseResult.Success success
                        ? success.letter().decisions().size()
                        : 0)
            .sum();
    return new Workload(
        "PDF",
        count,
        bytes,
        decisions,
        String.format(
            Locale.ROOT,
            "%,d PDF letters: the %d of %s round-robin (%d distinct, the rest duplicates)",
            count,
            pdfs.size(),
            folder.resolve("letters"),
            lastVersion.size()));
  }
}
