package org.imrstream.generator;

/**
 * The "MEDICAL PROFESSIONAL REVIEW" layout: upper-case headings (the two long ones wrapped over two
 * lines, as published), a single issue, and the reviewer's qualifications last.
 */
final class ProfessionalReviewLayout implements LetterLayout {

  private final Vocabulary words;
  private final Dice dice;

  ProfessionalReviewLayout(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
  }

  @Override
  public int maxDecisions() {
    return 1;
  }

  @Override
  public String write(CaseFile file) {
    CaseFile.Decision decision = file.decisions().get(0);
    PageText page = new PageText(dice);
    page.line("MEDICAL PROFESSIONAL REVIEW")
        .line("Case Number: " + file.caseNumber())
        .line("Decision Date: " + CommonSections.US_DATE.format(file.dates().decided()))
        .line("Date of Injury: " + CommonSections.US_DATE.format(file.dates().injury()))
        .blank()
        .line("ISSUE AT DISPUTE:")
        .paragraph(decision.request().item())
        .blank()
        .line("CASE SUMMARY:")
        .paragraph(file.summary())
        .blank()
        .line("DOCUMENTS REVIEWED FOR DETERMINATION:")
        .paragraph(dice.pick(words.boilerplate().documentsReviewed()))
        .blank()
        .line("MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL")
        .line("REVIEWER AND WHY:")
        .paragraph(decision.guideline().text())
        .blank()
        .line("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT")
        .line("MEDICALLY NECESSARY:")
        .paragraph(decision.rationale())
        .blank()
        .line("MEDICAL REVIEWER QUALIFICATIONS:")
        .paragraph(file.credentials().prose());
    return page.toString();
  }
}
