package org.imrstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ImrCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        nodes.add(mapper.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void printsOneJsonLinePerLetterInFileNameOrderAndExitsZero() throws IOException {
    Path corpus = SharedCorpus.require();
    int exit =
        run("parse", corpus.resolve("letters").toString(), corpus.resolve("seeds").toString());

    assertThat(exit).isZero();
    List<JsonNode> letters = lines();
    assertThat(letters).hasSize(110);
    List<String> sources = letters.stream().map(n -> n.get("source").asText()).toList();
    assertThat(sources).isSorted();
    assertThat(sources.get(0)).startsWith("000_");
    JsonNode first =
        letters.stream()
            .filter(n -> n.get("source").asText().startsWith("CM"))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("caseNumber").asText())
        .isEqualTo(first.get("source").asText().replace(".pdf", ""));
    assertThat(first.get("decisionDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    JsonNode decision = first.get("decisions").get(0);
    assertThat(decision.get("outcome").asText()).isIn("UPHELD", "OVERTURNED");
    assertThat(decision.get("guideline").asText()).isNotBlank();
    assertThat(decision.get("citations").get(0).get("family").asText()).isNotBlank();
  }

  @Test
  void aFailedLetterPrintsItsErrorAndTheExitStatusIsTwo(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a-good.txt"),
        """
        IMR ISSUES, DECISIONS AND RATIONALES
        Hip brace: Upheld

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

        Decision rationale: Not medically necessary.
        """);
    Files.write(dir.resolve("b-bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
    Files.writeString(dir.resolve("ignored.docx"), "not a letter");

    int exit = run("parse", dir.toString());

    assertThat(exit).isEqualTo(2);
    List<JsonNode> letters = lines();
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).get("decisions").get(0).get("item").asText()).isEqualTo("Hip brace");
    assertThat(letters.get(1).get("source").asText()).isEqualTo("b-bad.txt");
    assertThat(letters.get(1).get("error").asText()).startsWith("NOT_TEXT: ");
  }

  @Test
  void summaryTableCountsLettersDecisionsAndFailuresByReason(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("memo.txt"), "A memo about the holiday party.");
    int exit = run("parse", "--summary", dir.toString(), dir.resolve("missing.pdf").toString());

    assertThat(exit).isEqualTo(2);
    String table = out.toString();
    assertThat(table).containsPattern("letters\\s+3");
    assertThat(table).containsPattern("failures\\s+3");
    assertThat(table)
        .containsPattern("EMPTY\\s+1")
        .containsPattern("UNKNOWN_LAYOUT\\s+1")
        .containsPattern("UNREADABLE\\s+1");
    assertThat(new String(table.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .doesNotContain("{");
  }
}
