package org.imrstream.parser.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.imrstream.parser.LetterHeader;
import org.junit.jupiter.api.Test;

/**
 * The header as each extraction tool prints it. A value goes to a label only where the pairing is
 * certain; otherwise the field is empty, never a neighbour's value.
 */
class HeaderParserTest {

  private static final LetterHeader FULL =
      new LetterHeader(
          "CM16-0230651",
          LocalDate.of(2016, 12, 7),
          LocalDate.of(2017, 1, 9),
          LocalDate.of(2016, 10, 13),
          LocalDate.of(2016, 11, 22),
          LocalDate.of(2016, 11, 29),
          "Standard");

  @Test
  void pdfboxPutsTwoColumnsOnALineAndWrapsApplicationReceived() {
    assertThat(
            HeaderParser.parse(
                """
                Case Number: CM16-0230651
                Date Assigned: 12/07/2016 Date of Injury:  10/13/2016
                Decision Date: 01/09/2017 UR Denial Date:  11/22/2016
                Priority:  Standard Application
                Received:
                11/29/2016
                """))
        .isEqualTo(FULL);
  }

  @Test
  void pdftotextDefaultPrintsABlockOfLabelsThenABlockOfValues() {
    assertThat(
            HeaderParser.parse(
                """
                Case Number:
                Date Assigned:
                Decision Date:
                Priority:

                CM16-0230651
                12/07/2016
                01/09/2017
                Standard

                Date of Injury:
                UR Denial Date:
                Application
                Received:

                10/13/2016
                11/22/2016
                11/29/2016
                """))
        .isEqualTo(FULL);
  }

  @Test
  void pdftotextLayoutPrintsTheWrappedLabelsValueBesideItsFirstLine() {
    assertThat(
            HeaderParser.parse(
                """
                Case Number:          CM16-0230651
                Date Assigned:        12/07/2016                      Date of Injury:      10/13/2016
                Decision Date:        01/09/2017                      UR Denial Date:      11/22/2016
                Priority:             Standard                        Application          11/29/2016
                                                                      Received:
                """))
        .isEqualTo(FULL);
  }

  @Test
  void aValueBlockWithOneValueMissingPairsNothing() {
    // Three labels, two dates: which label lost its value cannot be told.
    LetterHeader header =
        HeaderParser.parse(
            """
            Date of Injury:
            UR Denial Date:
            Application
            Received:

            10/13/2016
            11/29/2016
            """);
    assertThat(header).isEqualTo(LetterHeader.EMPTY);
  }

  @Test
  void aValueOfTheWrongKindPairsNothing() {
    // The case number's place holds a date: the columns are not what they seem.
    LetterHeader header =
        HeaderParser.parse(
            """
            Case Number:
            Date Assigned:
            Decision Date:

            12/07/2016
            CM16-0230651
            01/09/2017
            """);
    assertThat(header).isEqualTo(LetterHeader.EMPTY);
  }

  @Test
  void anUnknownLabelBeforeTheBlockPairsNothing() {
    // "Injury Date:" is no label we know: the values may be its and the others'.
    LetterHeader header =
        HeaderParser.parse(
            """
            Injury Date:
            Decision Date:
            Application Received:

            10/13/2016
            01/09/2017
            """);
    assertThat(header.decisionDate()).isNull();
    assertThat(header.applicationReceived()).isNull();
  }

  @Test
  void aLabelFollowedByTwoValuesTakesNeither() {
    // A label lost before this one: the first date is not certainly this label's.
    LetterHeader header =
        HeaderParser.parse("Injury Date Application Received: 10/13/2016 11/29/2016\n");
    assertThat(header.applicationReceived()).isNull();
    assertThat(header.dateOfInjury()).isNull();
  }

  @Test
  void aLabelReadTwiceWithDifferentValuesIsLeftEmpty() {
    LetterHeader header =
        HeaderParser.parse(
            """
            Decision Date: 01/09/2017
            Decision Date: 01/10/2017
            Case Number: CM16-0230651
            """);
    assertThat(header.decisionDate()).isNull();
    assertThat(header.caseNumber()).isEqualTo("CM16-0230651");
  }

  @Test
  void notARealDateIsNoValue() {
    assertThat(HeaderParser.parse("Date Assigned: 02/30/2017\n").dateAssigned()).isNull();
  }

  @Test
  void olderWordingsAndACaseNumberWithoutColon() {
    LetterHeader header =
        HeaderParser.parse(
            """
            Dated: 11/04/2013
            IMR Case Number CM13-0004321   Date of UR Decision: 7/23/2013
            Date of Injury: 2/20/2011
            IMR Application Received: 8/01/2013
            """);
    assertThat(header)
        .isEqualTo(
            new LetterHeader(
                "CM13-0004321",
                null,
                LocalDate.of(2013, 11, 4),
                LocalDate.of(2011, 2, 20),
                LocalDate.of(2013, 7, 23),
                LocalDate.of(2013, 8, 1),
                null));
  }

  @Test
  void webTextRunsTheWholeHeaderOnOneLine() {
    assertThat(
            HeaderParser.parse(
                "Case Number: CM16-0230651 Date Assigned: 12/07/2016 Date of Injury: 10/13/2016"
                    + " Decision Date: 01/09/2017 UR Denial Date: 11/22/2016 Priority: Standard"
                    + " Application Received: 11/29/2016\n"))
        .isEqualTo(FULL);
  }
}
