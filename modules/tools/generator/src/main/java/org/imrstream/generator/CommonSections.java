package org.imrstream.generator;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts that the MAXIMUS layouts share: the header block and the section on how the
 * determination was made.
 */
final class CommonSections {

  static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private final Vocabulary words;
  private final Dice dice;

  CommonSections(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
  }

  /**
   * The header as PDFBox extracts it: two label columns share a line, and the received date falls
   * on the line after its label.
   */
  void header(PageText page, CaseFile file) {
    CaseDates d = file.dates();
    page.line("Case Number: " + file.caseNumber())
        .line(
            "Date Assigned: "
                + US_DATE.format(d.assigned())
                + " Date of Injury:  "
                + US_DATE.format(d.injury()))
        .line(
            "Decision Date: "
                + US_DATE.format(d.decided())
                + " UR Denial Date:  "
                + US_DATE.format(d.urDenial()))
        .line("Priority:  " + (file.expedited() ? "Expedited" : "Standard") + " Application")
        .line("Received:")
        .line(US_DATE.format(d.received()))
        .blank();
  }

  /**
   * The heading's paragraph, with the credentials inside it (prose form) or after it (labelled
   * lines).
   */
  void howTheDeterminationWasMade(PageText page, CaseFile file) {
    page.line("HOW THE IMR FINAL DETERMINATION WAS MADE");
    List<String> sentences = new ArrayList<>(dice.pick(words.boilerplate().howMade()));
    Credentials credentials = file.credentials();
    if (credentials.prose() != null) {
      sentences.add(1, credentials.prose());
    }
    page.paragraph(file.facts().style().prose(sentences)).blank();
    if (credentials.prose() == null) {
      page.line("The Expert Reviewer has the following credentials:")
          .paragraph(credentials.licensureLine(dice.chance(0.4)))
          .paragraph(credentials.specialtyLine())
          .blank();
    }
  }

  void caseSummary(PageText page, CaseFile file) {
    page.line("CLINICAL CASE SUMMARY")
        .paragraph(
            file.facts().style().prose(List.of(dice.pick(words.boilerplate().summaryIntro()))))
        .blank()
        .paragraph(file.summary())
        .blank();
  }
}
