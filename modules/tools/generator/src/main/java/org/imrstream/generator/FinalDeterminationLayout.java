package org.imrstream.generator;

import java.util.Map;

/**
 * The layout of letters from 2014 on: header, how the determination was made, clinical case
 * summary, then each decision as an item paragraph ending in its outcome, followed by the claims
 * administrator's guideline, the reviewer's ("MAXIMUS") guideline and the rationale.
 */
final class FinalDeterminationLayout implements LetterLayout {

  /**
   * Share of outcomes printed alone on the line after "item:", as some letters do even for short
   * items.
   */
  private static final double OUTCOME_ON_NEXT_LINE = 0.12;

  /** Share of outcomes set off by two spaces ("item: Upheld"), a PDF extraction artefact. */
  private static final double TWO_SPACES_BEFORE_OUTCOME = 0.3;

  private final Vocabulary words;
  private final Dice dice;
  private final CommonSections common;

  FinalDeterminationLayout(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
    this.common = new CommonSections(words, dice);
  }

  @Override
  public boolean statesPartialCertifications() {
    return true;
  }

  @Override
  public String write(CaseFile file) {
    PageText page = new PageText(dice);
    page.blank();
    common.header(page, file);
    common.howTheDeterminationWasMade(page, file);
    common.caseSummary(page, file);
    page.line("IMR ISSUES, DECISIONS AND RATIONALES")
        .line(
            "The Final Determination was based on decisions for the disputed items/services set forth below:")
        .blank();
    for (CaseFile.Decision decision : file.decisions()) {
      item(page, decision);
      page.blank()
          .paragraph("Claims Administrator guideline: " + decision.claimsAdministrator())
          .blank()
          .paragraph("MAXIMUS guideline: " + decision.guideline().text())
          .blank()
          .paragraph("Decision rationale: " + decision.rationale())
          .blank();
    }
    return page.toString();
  }

  /**
   * The item paragraph: "item: Outcome", the outcome sometimes on the next line, or a partial
   * certification.
   */
  private void item(PageText page, CaseFile.Decision decision) {
    Request request = decision.request();
    String lead =
        request.partial() == Request.Partial.NONE
            ? request.item() + ":"
            : Placeholders.fill(
                words.partialCertification().get(request.partial().name()),
                Map.of(
                    "original",
                    request.originalRequest(),
                    "authorized",
                    request.authorizedPortion(),
                    "item",
                    request.item()));
    if (dice.chance(OUTCOME_ON_NEXT_LINE)) {
      page.paragraph(lead).line(decision.outcomeWord());
    } else {
      page.paragraph(
          lead + (dice.chance(TWO_SPACES_BEFORE_OUTCOME) ? "  " : " ") + decision.outcomeWord());
    }
  }
}
