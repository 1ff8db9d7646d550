package org.imrstream.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.testkit.TestPdfs;
import org.junit.jupiter.api.Test;

class LetterIdentityTest {

  @Test
  void caseNumberFromTextHeader() {
    byte[] letter =
        "Case Number: CM17-0123456\nDate Assigned: 03/01/2017\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LetterIdentity.of(letter)).isEqualTo("CM17-0123456");
  }

  @Test
  void caseNumberFromAHeaderOfALabelBlockThenAValueBlockAsPdftotextWritesIt() {
    byte[] letter =
        String.join(
                "\n",
                "Case Number:",
                "Date Assigned:",
                "Decision Date:",
                "Priority:",
                "",
                "CM17-0123456",
                "03/01/2017",
                "03/29/2017",
                "Standard",
                "",
                "HOW THE IMR FINAL DETERMINATION WAS MADE",
                "")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(LetterIdentity.of(letter)).isEqualTo("CM17-0123456");
  }

  @Test
  void caseNumberFromPdfHeader() throws IOException {
    byte[] pdf = TestPdfs.pdf("Case Number: CM17-0654321\nDecision Date: 03/29/2017", null);
    assertThat(LetterIdentity.of(pdf)).isEqualTo("CM17-0654321");
  }

  @Test
  void caseNumberOfEveryCorpusPdfIsItsFileName() throws IOException {
    Path letters = SharedCorpus.require().resolve("letters");
    try (var files = Files.list(letters)) {
      for (Path file : files.toList()) {
        assertThat(LetterIdentity.of(Files.readAllBytes(file)))
            .isEqualTo(file.getFileName().toString().replace(".pdf", ""));
      }
    }
  }

  @Test
  void withoutCaseNumberTheIdIsTheSha256OfTheBytes() {
    byte[] excerpt = "MAXIMUS guideline: none".getBytes(StandardCharsets.UTF_8);
    assertThat(LetterIdentity.of(excerpt))
        .hasSize(64)
        .isEqualTo(LetterIdentity.sha256(excerpt))
        .isNotEqualTo(
            LetterIdentity.of("MAXIMUS guideline: other".getBytes(StandardCharsets.UTF_8)));
    assertThat(LetterIdentity.of(new byte[0])).isEqualTo(LetterIdentity.sha256(new byte[0]));
  }

  @Test
  void decisionIdsNumberFromOne() {
    assertThat(LetterIdentity.decisionId("CM16-0213037", 1)).isEqualTo("CM16-0213037#1");
  }
}
