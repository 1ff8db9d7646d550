package org.imrstream.pipelinebench.letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.imrstream.generator.GeneratedLetter;
import org.imrstream.generator.LetterGenerator;

/**
 * Generated text letters written as files ({@code GEN-<case>.txt}), as {@code imr generate} writes
 * them, so that {@code imr produce}'s own path (files read from a folder) can publish them. Their
 * decisions come from the generator's truth: every generated letter parses back to it (tested in
 * the generator).
 */
public final class TextLetters {

  private TextLetters() {}

  public static Workload write(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    LetterGenerator generator = new LetterGenerator(seed);
    long bytes = 0;
    long decisions = 0;
    for (int i = 0; i < count; i++) {
      GeneratedLetter letter = generator.next();
      byte[] text = letter.text().getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(letter.fileName()), text);
      bytes += text.length;
      decisions += letter.decisions().size();
    }
    return new Workload(
        "text",
        count,
        bytes,
        decisions,
        String.format(Locale.ROOT, "%,d generated text letters (seed %d)", count, seed));
  }
}
