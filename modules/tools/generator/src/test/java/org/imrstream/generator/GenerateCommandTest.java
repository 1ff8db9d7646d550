package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new GenerateCommand());
    command.setErr(new PrintWriter(err, true));
    command.setOut(new PrintWriter(new StringWriter(), true));
    return command.execute(args);
  }

  @Test
  void writesCountFilesNamedByCaseNumber() throws IOException {
    Path out = dir.resolve("letters");
    assertThat(run("--count", "25", "--out", out.toString(), "--seed", "5")).isZero();
    List<Path> files = list(out);
    assertThat(files)
        .hasSize(25)
        .allMatch(p -> p.getFileName().toString().matches("GEN-CM\\d{2}-\\d{7}\\.txt"));
    assertThat(err.toString()).contains("wrote 25 letter(s) to " + out);
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    assertThat(
            run(
                "--count",
                "15",
                "--out",
                dir.resolve("a").toString(),
                "--seed",
                "77",
                "--format",
                "txt"))
        .isZero();
    assertThat(run("--count", "15", "--out", dir.resolve("b").toString(), "--seed", "77")).isZero();
    List<Path> a = list(dir.resolve("a"));
    List<Path> b = list(dir.resolve("b"));
    assertThat(a.stream().map(p -> p.getFileName().toString()))
        .containsExactlyElementsOf(b.stream().map(p -> p.getFileName().toString()).toList());
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
    }
  }

  @Test
  void filesAreTheGeneratorsTextInUtf8() throws IOException {
    GenerateCommand.write(10, dir, 3);
    for (GeneratedLetter letter : Letters.of(3, 10)) {
      assertThat(Files.readString(dir.resolve(letter.fileName()), StandardCharsets.UTF_8))
          .isEqualTo(letter.text());
    }
  }

  @Test
  void writesTheTruthAsJsonLines() throws IOException {
    Path truth = dir.resolve("truth/expected.jsonl");
    assertThat(
            run("--count", "8", "--out", dir.resolve("l").toString(), "--truth", truth.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
    assertThat(lines)
        .hasSize(8)
        .allMatch(l -> l.startsWith("{\"letter\":\"GEN-CM"))
        .allMatch(l -> l.contains("\"decisions\":[{\"item\":"));
  }

  @Test
  void rejectsANegativeCountAndAnUnknownFormat() {
    assertThat(run("--count", "-1", "--out", dir.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--count must be 0 or more");
    assertThat(run("--count", "1", "--out", dir.toString(), "--format", "pdf"))
        .isEqualTo(CommandLine.ExitCode.USAGE);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
