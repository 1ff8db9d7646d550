package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A letter with one decision the parser cannot read fails as a whole (the pipeline dead-letters it:
 * no partial letter is a result), but the failure carries the header read and names the decision,
 * so that the letter can be found and the decision looked at.
 */
class UnreadableDecisionTest {

  private static final LetterHeader HEADER =
      new LetterHeader(
          "CM17-0123456",
          LocalDate.of(2017, 3, 1),
          LocalDate.of(2017, 3, 29),
          LocalDate.of(2012, 5, 14),
          LocalDate.of(2017, 2, 10),
          LocalDate.of(2017, 2, 20),
          "Standard");

  private static final String GOOD_DECISION =
      """
      Lumbar brace: Upheld

      Claims Administrator guideline: none

      MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

      Decision rationale: The brace is not medically necessary.

      """;

  @Test
  void aDecisionWithoutOutcomeFailsTheLetterWithItsHeaderAndNumber() {
    ParseResult.Failure failure =
        Letters.failed(
            Letters.finalDetermination(
                GOOD_DECISION
                    + """
                    Tramadol 50mg #60:

                    Claims Administrator guideline: none

                    MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

                    Decision rationale: The notes were read.
                    """));
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.message()).contains("decision 2").contains("no outcome");
    assertThat(failure.header()).isEqualTo(HEADER);
    assertThat(failure.decision()).isEqualTo(new ParseResult.UnreadableDecision(2, null));
  }

  @Test
  void aDecisionWithoutItsGuidelineIsNamedByItsItem() {
    ParseResult.Failure failure =
        Letters.failed(
            Letters.finalDetermination(
                GOOD_DECISION
                    + """
                    Tramadol 50mg #60: Overturned

                    Claims Administrator guideline: none

                    Decision rationale: Function improved. The request is medically necessary.
                    """));
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.message()).contains("decision 2 'Tramadol 50mg #60'");
    assertThat(failure.header()).isEqualTo(HEADER);
    assertThat(failure.decision())
        .isEqualTo(new ParseResult.UnreadableDecision(2, "Tramadol 50mg #60"));
  }

  @Test
  void aMedicalProfessionalReviewIssueWithoutConclusionCarriesTheHeader() {
    ParseResult.Failure failure =
        Letters.failed(
            """
            MEDICAL PROFESSIONAL REVIEW
            Case Number: CM15-0100200
            Decision Date: 06/30/2015

            ISSUE AT DISPUTE:
            Massage therapy

            RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
            The notes were reviewed.
            """);
    assertThat(failure.header().caseNumber()).isEqualTo("CM15-0100200");
    assertThat(failure.header().decisionDate()).isEqualTo(LocalDate.of(2015, 6, 30));
    assertThat(failure.decision())
        .isEqualTo(new ParseResult.UnreadableDecision(1, "Massage therapy"));
  }

  @Test
  void aFailureBeforeTheHeaderCarriesNeither() {
    ParseResult.Failure failure = Letters.failed("Dear claimant, a newsletter about nothing.");
    assertThat(failure.code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
    assertThat(failure.header()).isNull();
    assertThat(failure.decision()).isNull();
  }

  @Test
  void aFailureMadeByACallerStillHasItsThreeArguments() {
    ParseResult.Failure failure =
        new ParseResult.Failure("a.pdf", FailureCode.UNREADABLE, "no such file");
    assertThat(failure.header()).isNull();
    assertThat(failure.decision()).isNull();
    assertThat(failure.reason()).isEqualTo("UNREADABLE: no such file");
  }
}
