package org.imrstream.generator;

import java.util.List;

/**
 * The early "MAXIMUS FEDERAL SERVICES, INC." layout: numbered items whose outcome is the necessity
 * stated with them ("1. X is not medically necessary and appropriate."), each followed by three
 * labelled paragraphs.
 */
final class FederalServicesLayout implements LetterLayout {

  private final Vocabulary words;
  private final Dice dice;
  private final CommonSections common;

  FederalServicesLayout(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
    this.common = new CommonSections(words, dice);
  }

  @Override
  public String write(CaseFile file) {
    PageText page = new PageText(dice);
    page.line("MAXIMUS FEDERAL SERVICES, INC.").line("Independent Medical Review");
    common.header(page, file);
    common.howTheDeterminationWasMade(page, file);
    page.line("DOCUMENTS REVIEWED")
        .paragraph(
            file.facts().style().prose(List.of(dice.pick(words.boilerplate().documentsReviewed()))))
        .blank();
    common.caseSummary(page, file);
    page.line("IMR DECISION(S) AND RATIONALE(S)");
    int number = 1;
    for (CaseFile.Decision decision : file.decisions()) {
      page.paragraph(
              number++
                  + ". "
                  + decision.request().item()
                  + " is "
                  + (decision.upheld() ? "not " : "")
                  + "medically necessary and appropriate.")
          .line("Guidelines Used by the Claims Administrator in the Utilization Review Decision:")
          .paragraph(decision.claimsAdministrator())
          .line("Guidelines Used by the Expert Reviewer:")
          .paragraph(decision.guideline().text())
          .line("Rationale Used by the Expert Reviewer:")
          .paragraph(decision.rationale())
          .blank();
    }
    return page.toString();
  }
}
