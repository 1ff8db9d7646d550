package org.imrstream.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code imr generate}: writes synthetic letters for demos, load tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes realistic synthetic IMR letters as GEN-<case>.txt files (UTF-8, laid out like the text "
          + "extracted from published PDFs, own wording): mostly the final determination layout, varied items and "
          + "guidelines, outcomes near the published ~89%% upheld, partial certifications. The same --seed writes "
          + "the same bytes."
    })
public final class GenerateCommand implements Callable<Integer> {

  /**
   * Output formats. Only text for now: it is what the PDFs' extraction gives and what the pipeline
   * ingests; the option is there so that scripts stay valid when another format is added.
   */
  public enum Format {
    txt
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      defaultValue = "100",
      description = "How many letters (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--out",
      required = true,
      description = "Folder to write them to (created if missing).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      defaultValue = "txt",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description =
          "Also write each letter's truth (case, decision date, decisions) as JSON lines to FILE.")
  Path truth;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new ParameterException(spec.commandLine(), "--count must be 0 or more, not " + count);
    }
    write(count, out, seed, truth);
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "wrote %d letter(s) to %s%s%n",
        count, out, truth == null ? "" : ", their truth to " + truth);
    err.flush();
    return 0;
  }

  /** Writes {@code count} letters of {@code seed} to {@code folder} (created if missing). */
  public static void write(int count, Path folder, long seed) throws IOException {
    write(count, folder, seed, null);
  }

  /**
   * As {@link #write(int, Path, long)}, also writing the truth as JSON lines to {@code truthFile}
   * unless null.
   */
  public static void write(int count, Path folder, long seed, Path truthFile) throws IOException {
    Files.createDirectories(folder);
    LetterGenerator generator = new LetterGenerator(seed);
    try (TruthFile truths = truthFile == null ? null : TruthFile.create(truthFile)) {
      for (int i = 0; i < count; i++) {
        GeneratedLetter letter = generator.next();
        Files.writeString(folder.resolve(letter.fileName()), letter.text(), StandardCharsets.UTF_8);
        if (truths != null) {
          truths.add(letter);
        }
      }
    }
  }
}
