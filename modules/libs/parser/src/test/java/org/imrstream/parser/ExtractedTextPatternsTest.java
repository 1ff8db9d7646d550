package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes other extraction tools give a letter's text, one at a time, each read as the PDF is:
 * the header as a block of labels then of values, an item with no blank line after the previous
 * rationale, an outcome on its own line, page furniture between an item and its outcome, web text
 * with headings and labels running on, Windows line ends.
 */
class ExtractedTextPatternsTest {

  private static final String HEADER_BLOCKS =
      """
      Case Number:
      Date Assigned:
      Decision Date:
      Priority:

      CM17-0123456
      03/01/2017
      03/29/2017
      Standard

      Date of Injury:
      UR Denial Date:
      Application
      Received:

      05/14/2012
      02/10/2017
      02/20/2017

      """;

  private static final String BODY =
      """
      HOW THE IMR FINAL DETERMINATION WAS MADE
      An independent physician looked at the whole file.
      The Expert Reviewer has the following credentials:
      State(s) of Licensure: Oregon, California
      Certification(s)/Specialty: Orthopaedic Surgery
      CLINICAL CASE SUMMARY
      The worker is a 52-year-old male carpenter with pain in the lower back.
      IMR ISSUES, DECISIONS AND RATIONALES
      The Final Determination was based on decisions for the disputed items/services set forth below:
      """;

  private static final LetterHeader HEADER =
      new LetterHeader(
          "CM17-0123456",
          LocalDate.of(2017, 3, 1),
          LocalDate.of(2017, 3, 29),
          LocalDate.of(2012, 5, 14),
          LocalDate.of(2017, 2, 10),
          LocalDate.of(2017, 2, 20),
          "Standard");

  /** Two decisions as pdftotext -raw prints them: no blank line anywhere. */
  private static final String RAW_DECISIONS =
      """
      Lumbar brace: Upheld
      Claims Administrator guideline: The Claims Administrator did not cite any medical evidence.
      MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.
      Decision rationale: Braces do not help beyond the acute phase. The brace is not medically
      necessary.
      Tramadol 50mg #60: Overturned
      Claims Administrator guideline: The Claims Administrator did not cite any medical evidence.
      MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
      Opioids.
      Decision rationale: Function improved on the drug. The request is medically necessary.
      """;

  @Test
  void headerAsABlockOfLabelsThenABlockOfValues() {
    Letter letter = Letters.parsed(HEADER_BLOCKS + BODY + RAW_DECISIONS);
    assertThat(letter.header()).isEqualTo(HEADER);
    assertThat(letter.reviewer().licensureStates()).containsExactly("Oregon", "California");
    assertThat(letter.patient()).isEqualTo(new Patient(52, Sex.MALE));
    assertTwoDecisions(letter);
  }

  @Test
  void theHeaderAloneForALettersIdentity() {
    assertThat(LetterParser.header(HEADER_BLOCKS + BODY)).isEqualTo(HEADER);
    assertThat(LetterParser.header(Letters.finalDetermination("")).caseNumber())
        .isEqualTo("CM17-0123456");
    assertThat(LetterParser.header("no header at all\n")).isEqualTo(LetterHeader.EMPTY);
    assertThat(LetterParser.header(null)).isEqualTo(LetterHeader.EMPTY);
  }

  @Test
  void headerBlocksThatDoNotPairLeaveTheFieldsEmptyNeverANeighboursValue() {
    // The date of injury's value is missing: the other two dates cannot be placed with certainty.
    String header = HEADER_BLOCKS.replace("05/14/2012\n", "");
    Letter letter = Letters.parsed(header + BODY + RAW_DECISIONS);
    assertThat(letter.header().dateOfInjury()).isNull();
    assertThat(letter.header().urDenialDate()).isNull();
    assertThat(letter.header().applicationReceived()).isNull();
    assertThat(letter.header().caseNumber()).isEqualTo("CM17-0123456");
  }

  @Test
  void anItemRightAfterTheRationaleWithoutABlankLine() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
                Lumbar brace: Upheld

                Claims Administrator guideline: none

                MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

                Decision rationale: Braces do not help beyond the acute phase. The brace is not medically
                necessary.
                Tramadol 50mg #60: Overturned

                Claims Administrator guideline: none

                MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                Opioids.

                Decision rationale: Function improved on the drug. The request is medically necessary.
                """));
    assertTwoDecisions(letter);
  }

  @Test
  void noBlankLineAnywhereAndAPageBreakInsideTheRationale() {
    // pdftotext -raw: the only blank line left is a page break between two sentences.
    String decisions =
        RAW_DECISIONS.replace("phase. The brace", "phase.\n\f\nThe brace is of no use. The brace");
    Letter letter = Letters.parsed(HEADER_BLOCKS + BODY + decisions);
    assertThat(letter.decisions())
        .extracting(Decision::item)
        .containsExactly("Lumbar brace", "Tramadol 50mg #60");
    assertThat(letter.decisions().get(0).rationale())
        .isEqualTo(
            "Braces do not help beyond the acute phase. The brace is of no use. The brace is not"
                + " medically necessary.");
  }

  @Test
  void theOutcomeOnTheLineAfterTheItemWithNoBlankLineBeforeTheItem() {
    String decisions = RAW_DECISIONS.replace("#60: Overturned", "#60:\nOverturned");
    assertTwoDecisions(Letters.parsed(HEADER_BLOCKS + BODY + decisions));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\n",
        "\n\n\n",
        "\f",
        "\nPage 3 of 5\n",
        "\n- 3 -\n\f\nCM17-0123456\n",
        "\nCM17-0123456\n\n",
        "\n3\n\fCM17-0123456\n"
      })
  void pageFurnitureBetweenAnItemAndItsOutcome(String furniture) {
    String printed =
        """
        Lumbar brace: Upheld

        Claims Administrator guideline: none

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

        Decision rationale: Braces do not help beyond the acute phase. The brace is not medically
        necessary.

        Tramadol 50mg #60:%sOverturned

        Claims Administrator guideline: none

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Opioids.

        Decision rationale: Function improved on the drug. The request is medically necessary.
        """
            .formatted(furniture);
    assertTwoDecisions(Letters.parsed(Letters.finalDetermination(printed)));
    // The same with no blank lines between paragraphs, as pdftotext's default and raw modes print.
    String raw = RAW_DECISIONS.replace("#60: Overturned", "#60:" + furniture + "Overturned");
    assertTwoDecisions(Letters.parsed(HEADER_BLOCKS + BODY + raw));
  }

  @Test
  void pageFurnitureBetweenAnOutcomeAndItsLabels() {
    String decisions =
        RAW_DECISIONS.replace(
            "#60: Overturned\n", "#60: Overturned\n\fCM17-0123456\nPage 2 of 3\n");
    assertTwoDecisions(Letters.parsed(HEADER_BLOCKS + BODY + decisions));
  }

  @Test
  void aLoneOutcomeAfterABreakWithoutItsItemIsAFailureNotAGuess() {
    // The paragraph before the outcome is the rationale (it ends a sentence, not in a colon).
    ParseResult.Failure failure =
        Letters.failed(
            Letters.finalDetermination(
                """
                Lumbar brace: Upheld

                Claims Administrator guideline: none

                MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

                Decision rationale: The brace is not medically necessary.

                Overturned

                Claims Administrator guideline: none

                MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.

                Decision rationale: The request is medically necessary.
                """));
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.decision().number()).isEqualTo(2);
  }

  @Test
  void textCopiedFromAWebPage() {
    // Each paragraph one line; headings, the first item and the labels running on.
    String web =
        "Case Number: CM17-0123456 Date Assigned: 03/01/2017 Date of Injury: 05/14/2012"
            + " Decision Date: 03/29/2017 UR Denial Date: 02/10/2017 Priority: Standard"
            + " Application Received: 02/20/2017 HOW THE IMR FINAL DETERMINATION WAS MADE An"
            + " independent physician looked at the whole file.\n\n"
            + "The Expert Reviewer has the following credentials: State(s) of Licensure: Oregon,"
            + " California Certification(s)/Specialty: Orthopaedic Surgery\n\n"
            + "CLINICAL CASE SUMMARY The worker is a 52-year-old male carpenter with pain in the"
            + " lower back. IMR ISSUES, DECISIONS AND RATIONALES The Final Determination was based"
            + " on decisions for the disputed items/services set forth below: Lumbar brace: Upheld"
            + " Claims Administrator guideline: The Claims Administrator did not cite any medical"
            + " evidence. MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004."
            + " Decision rationale: Braces do not help beyond the acute phase. The brace is not"
            + " medically necessary. Tramadol 50mg #60: Overturned\n\n"
            + "Claims Administrator guideline: The Claims Administrator did not cite any medical"
            + " evidence.\n\n"
            + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,"
            + " Section(s): Opioids. Decision rationale: Function improved on the drug. The request"
            + " is medically necessary.\n";
    Letter letter = Letters.parsed(web);
    assertThat(letter.header()).isEqualTo(HEADER);
    assertThat(letter.reviewer().licensureStates()).containsExactly("Oregon", "California");
    assertThat(letter.reviewer().specialties()).containsExactly("Orthopaedic Surgery");
    assertThat(letter.patient()).isEqualTo(new Patient(52, Sex.MALE));
    assertTwoDecisions(letter);
  }

  @Test
  void doubleSpacedTextWhereEveryLineIsFollowedByABlankOne() {
    // Some tools print a blank line after every line: blank lines then end no paragraph.
    String decisions =
        """
        Lumbar brace: Upheld
        Claims Administrator guideline: none
        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.
        Decision rationale: Braces do not help beyond the acute phase. The brace is not medically
        necessary.
        Tramadol
        50mg #60: Overturned
        Claims Administrator guideline: none
        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Opioids.
        Decision rationale: Function improved on the drug. The request is medically necessary.
        """;
    Letter letter = Letters.parsed(Letters.finalDetermination(decisions).replace("\n", " \n\n"));
    assertTwoDecisions(letter);
    assertThat(letter.header()).isEqualTo(HEADER);

    Letter review =
        Letters.parsed(
            """
            MEDICAL PROFESSIONAL REVIEW
            Case Number: CM15-0100200
            ISSUE AT DISPUTE:
            Urine drug screen
            RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT
            MEDICALLY NECESSARY:
            Testing is recommended on opioids. The urine drug screen is medically necessary.
            """
                .replace("\n", "\n\n"));
    assertThat(review.decisions()).extracting(Decision::item).containsExactly("Urine drug screen");
    assertThat(review.decisions().get(0).outcome()).isEqualTo(Outcome.OVERTURNED);
  }

  @Test
  void windowsLineEndsOfAnyExtraction() {
    String raw = (HEADER_BLOCKS + BODY + RAW_DECISIONS).replace("\n", "\r\n");
    Letter letter = Letters.parsed(raw);
    assertThat(letter.header()).isEqualTo(HEADER);
    assertTwoDecisions(letter);
  }

  private static void assertTwoDecisions(Letter letter) {
    assertThat(letter.decisions())
        .extracting(Decision::item)
        .containsExactly("Lumbar brace", "Tramadol 50mg #60");
    assertThat(letter.decisions())
        .extracting(Decision::outcome)
        .containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(letter.decisions())
        .extracting(Decision::rationale)
        .containsExactly(
            "Braces do not help beyond the acute phase. The brace is not medically necessary.",
            "Function improved on the drug. The request is medically necessary.");
    assertThat(letter.decisions())
        .extracting(Decision::guideline)
        .isEqualTo(
            List.of(
                "MTUS: Low Back Complaints", "MTUS: Chronic Pain Medical Treatment Guidelines"));
  }
}
