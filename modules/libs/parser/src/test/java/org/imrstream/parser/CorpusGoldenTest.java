package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every letter of the shared corpus parses, and every decision matches expected.jsonl: item,
 * outcome, the reviewer's guideline text, its family and MTUS document, and the decision date (see
 * {@link GoldenComparison}). {@link ExtractionVariantGoldenTest} asks the same of the letters' text
 * as other tools extract it.
 */
class CorpusGoldenTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private final LetterParser parser = new LetterParser();

  @Test
  void everyCorpusLetterParsesExactlyAsExpected() throws IOException {
    Path corpus = SharedCorpus.require();
    List<ExpectedLetter> expected = SharedCorpus.expected(corpus);
    assertThat(expected).hasSize(110);

    List<String> mismatches = new ArrayList<>();
    int decisions = 0;
    for (ExpectedLetter letter : expected) {
      ParseResult result = parser.parse(Files.readAllBytes(letter.file()), letter.fileName());
      List<String> differences = GoldenComparison.mismatches(letter, result);
      mismatches.addAll(differences);
      if (differences.isEmpty()) {
        decisions += letter.decisions().size();
      }
    }
    assertThat(mismatches).as("corpus mismatches").isEmpty();
    assertThat(decisions).isEqualTo(expected.stream().mapToInt(l -> l.decisions().size()).sum());
  }

  @Test
  void oracleReadsTheSampleWordingsOfTheIssue() {
    assertThat(
            GoldenComparison.oracleMtusDocument(
                "Decision based on MTUS ACOEM Chapter 15 Stress Related Conditions Page(s): 398."))
        .isEqualTo("MTUS: Stress-Related Conditions");
    assertThat(LocalDate.parse("12/09/2016", US_DATE)).isEqualTo(LocalDate.of(2016, 12, 9));
  }
}
