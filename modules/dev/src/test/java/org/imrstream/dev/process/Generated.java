package org.imrstream.dev.process;

import java.nio.file.Path;
import org.imrstream.dev.DevImr;

/** Letters written by {@code imr generate}, with their truth. */
public record Generated(Path letters, Truth truth) {

  public static Generated write(Path dir, int count, int seed) throws Exception {
    Path letters = dir.resolve("letters-" + seed);
    Path truth = dir.resolve("truth-" + seed + ".jsonl");
    int status =
        DevImr.commandLine()
            .execute(
                "generate",
                "--count",
                Integer.toString(count),
                "--seed",
                Integer.toString(seed),
                "--out",
                letters.toString(),
                "--truth",
                truth.toString());
    if (status != 0) {
      throw new IllegalStateException("imr generate exited with " + status);
    }
    return new Generated(letters, Truth.read(truth));
  }
}
