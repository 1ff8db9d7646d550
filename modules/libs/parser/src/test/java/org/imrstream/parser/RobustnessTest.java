package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.imrstream.testkit.TestPdfs;
import org.junit.jupiter.api.Test;

/**
 * Bad input ends in a failure with a reason, never an exception, and in bounded time. The time
 * limits here are generous safety nets against runaway backtracking, not speed measurements (those
 * live in the benchmarks).
 */
class RobustnessTest {

  private static final Duration SAFETY_NET = Duration.ofSeconds(30);
  private final LetterParser parser = new LetterParser();

  private static final String DECISIONS =
      """
      Lumbar brace: Upheld

      Claims Administrator guideline: none

      MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

      Decision rationale: The brace is not medically necessary.
      """;

  @Test
  void emptyInput() {
    assertThat(Letters.failed(new byte[0]).code()).isEqualTo(FailureCode.EMPTY);
    assertThat(Letters.failed(" \n\t\n".getBytes(StandardCharsets.UTF_8)).code())
        .isEqualTo(FailureCode.EMPTY);
    assertThat(parser.parseText(null, "x")).isInstanceOf(ParseResult.Failure.class);
  }

  @Test
  void binaryGarbage() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    ParseResult.Failure failure = Letters.failed(garbage);
    assertThat(failure.code()).isEqualTo(FailureCode.NOT_TEXT);
    assertThat(failure.message()).contains("UTF-8");
  }

  @Test
  void nonUtf8TextSaysWhereTheBadByteIs() {
    byte[] latin1 =
        Letters.finalDetermination(DECISIONS)
            .replace("Lumbar", "Lumbar caf\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1);
    ParseResult.Failure failure = Letters.failed(latin1);
    assertThat(failure.code()).isEqualTo(FailureCode.NOT_TEXT);
    assertThat(failure.message()).matches(".*invalid UTF-8 at byte \\d+");
  }

  @Test
  void textWithoutAnyKnownSection() {
    ParseResult.Failure failure =
        Letters.failed("Dear claimant, this is a newsletter about nothing in particular.");
    assertThat(failure.code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
    assertThat(failure.message()).contains("IMR ISSUES, DECISIONS AND RATIONALES");
  }

  @Test
  void decisionsSectionWithoutDecisions() {
    ParseResult.Failure failure =
        Letters.failed(Letters.finalDetermination("Nothing was decided.\n"));
    assertThat(failure.code()).isEqualTo(FailureCode.NO_DECISIONS);
    assertThat(failure.message())
        .contains("IMR ISSUES, DECISIONS AND RATIONALES")
        .contains("line 19");
  }

  @Test
  void letterTruncatedInItsLastDecision() {
    String whole = Letters.finalDetermination(DECISIONS);
    String cut = whole.substring(0, whole.indexOf("Decision rationale"));
    ParseResult.Failure failure = Letters.failed(cut);
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.message()).contains("decision 1").contains("truncated");
  }

  @Test
  void itemWithoutOutcomeNamesTheLine() {
    ParseResult.Failure failure =
        Letters.failed(Letters.finalDetermination(DECISIONS.replace(": Upheld", ":")));
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.message())
        .contains("no outcome")
        .contains("line 22")
        .contains("Lumbar brace:");
  }

  @Test
  void twentyMegabyteLetterParsesInBoundedTime() {
    String summary =
        "The worker reports pain that is worse with lifting and better with rest. ".repeat(280_000);
    String huge =
        Letters.finalDetermination(DECISIONS)
            .replace("The worker is a 52-year-old male", summary + "\nHe is 52-year-old male");
    assertThat(huge.length()).isGreaterThan(20_000_000);
    ParseResult result =
        assertTimeoutPreemptively(
            SAFETY_NET, () -> parser.parse(huge.getBytes(StandardCharsets.UTF_8), "huge.txt"));
    assertThat(result).isInstanceOf(ParseResult.Success.class);
  }

  @Test
  void pathologicalRepetitionDoesNotBacktrack() {
    String[] hostile = {
      "Decision based on MTUS " + "Low Back, and ".repeat(20_000),
      "IMR ISSUES, DECISIONS AND RATIONALES\n"
          + "x: ".repeat(200_000)
          + "\nMAXIMUS guideline: a\nDecision rationale: b",
      "IMR ISSUES, DECISIONS AND RATIONALES\n"
          + "Upheld\n".repeat(100_000)
          + "MAXIMUS guideline:\nDecision rationale:\n",
      "Case Number: " + "CM1".repeat(100_000) + "\nPriority: " + "a ".repeat(100_000),
      "State(s) of Licensure: "
          + "California, ".repeat(100_000)
          + "Board Certified in "
          + "x and ".repeat(50_000),
    };
    for (String text : hostile) {
      ParseResult result =
          assertTimeoutPreemptively(SAFETY_NET, () -> parser.parseText(text, "hostile.txt"));
      assertThat(result).isNotNull();
    }
  }

  @Test
  void runOnTextOfRepeatedHeadingsLabelsAndHeaderBlocksDoesNotBacktrack() {
    // Web text puts a whole letter on a line: every heading, label and value on it is looked at.
    String[] hostile = {
      "CLINICAL CASE SUMMARY x ".repeat(200_000),
      "x. Decision rationale: y. MAXIMUS guideline: z. ".repeat(100_000)
          + "IMR ISSUES, DECISIONS AND RATIONALES",
      "Case Number Case # Case No Date Assigned: ".repeat(100_000),
      "Case Number:\nDate Assigned:\n".repeat(50_000) + "CM17-0123456\n".repeat(50_000),
      "Application 01/02/2017 Received: ".repeat(100_000),
      "IMR ISSUES, DECISIONS AND RATIONALES\n"
          + "a. b. c. d. Item: Upheld\nMAXIMUS guideline: x\nDecision rationale: y".repeat(20_000),
    };
    for (String text : hostile) {
      ParseResult result =
          assertTimeoutPreemptively(SAFETY_NET, () -> parser.parseText(text, "hostile.txt"));
      assertThat(result).isNotNull();
    }
  }

  @Test
  void passwordProtectedPdf() throws IOException {
    byte[] pdf = TestPdfs.pdf("Case Number: CM17-0000001", "secret");
    ParseResult.Failure failure = Letters.failed(pdf);
    assertThat(failure.code()).isEqualTo(FailureCode.PDF_ENCRYPTED);
  }

  @Test
  void damagedPdf() throws IOException {
    byte[] pdf = TestPdfs.pdf("Case Number: CM17-0000001", null);
    byte[] damaged = Arrays.copyOf(pdf, 40);
    assertThat(Letters.failed(damaged).code()).isEqualTo(FailureCode.PDF_DAMAGED);
    byte[] scrambled = pdf.clone();
    new Random(7).nextBytes(scrambled);
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, scrambled, 0, 9);
    assertThat(Letters.failed(scrambled).code())
        .isIn(FailureCode.PDF_DAMAGED, FailureCode.PDF_NO_TEXT);
  }

  @Test
  void pdfLetterParsesLikeItsText() throws IOException {
    String[] lines = Letters.finalDetermination(DECISIONS).split("\n");
    byte[] pdf = TestPdfs.pdf(String.join("\n", lines), null);
    ParseResult result = parser.parse(pdf, "letter.pdf");
    assertThat(result).isInstanceOf(ParseResult.Success.class);
    Letter letter = ((ParseResult.Success) result).letter();
    assertThat(letter.header().caseNumber()).isEqualTo("CM17-0123456");
    assertThat(letter.decisions()).extracting(Decision::item).containsExactly("Lumbar brace");
  }
}
