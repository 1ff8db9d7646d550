package org.imrstream.generator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imr generate}: writes synthetic letters for demos, load tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {"Writes realistic synthetic IMR letters (final determination layout, own wording) as GEN-<case>.txt "
        + "files: varied items, guidelines and outcomes near the published ~89%% upheld. Deterministic for a seed."})
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", defaultValue = "100", description = "How many letters (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--out", required = true, description = "Folder to write them to (created if missing).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    write(count, out, seed);
    System.err.printf("wrote %d letter(s) to %s%n", count, out);
    return 0;
  }

  /** Writes {@code count} letters to {@code folder}; returns nothing but the files. */
  public static void write(int count, Path folder, long seed) throws java.io.IOException {
    Files.createDirectories(folder);
    LetterGenerator generator = new LetterGenerator(seed);
    for (int i = 0; i < count; i++) {
      GeneratedLetter letter = generator.next();
      Files.writeString(folder.resolve(letter.fileName()), letter.text(), StandardCharsets.UTF_8);
    }
  }
}
