package org.imrstream.parser.layout;

import org.imrstream.parser.FailureCode;
import org.imrstream.parser.Layout;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.guideline.CitationParser;

/** Detects a letter's layout and hands it to that layout's parser. */
public final class LayoutParser {

  private final MaximusLayoutParser maximus;
  private final MedicalProfessionalReviewParser medicalProfessionalReview;

  public LayoutParser(CitationParser citations) {
    DecisionAssembler assembler = new DecisionAssembler(citations);
    this.maximus = new MaximusLayoutParser(new LabelledDecisionParser(assembler));
    this.medicalProfessionalReview = new MedicalProfessionalReviewParser(assembler);
  }

  public Letter parse(String normalizedText, String source) throws LetterParseException {
    Lines lines = new Lines(normalizedText);
    Layout layout =
        LayoutDetector.detect(lines)
            .orElseThrow(
                () ->
                    new LetterParseException(
                        FailureCode.UNKNOWN_LAYOUT,
                        "no known layout: none of the headings 'IMR ISSUES, DECISIONS AND RATIONALES', "
                            + "'IMR DECISION(S) AND RATIONALE(S)', 'ISSUE AT DISPUTE:' nor "
                            + "'MAXIMUS guideline:' / 'Decision rationale:' paragraphs"));
    return switch (layout) {
      case FINAL_DETERMINATION, MAXIMUS_FEDERAL_SERVICES -> maximus.parse(lines, layout, source);
      case MEDICAL_PROFESSIONAL_REVIEW -> medicalProfessionalReview.parse(lines, source);
    };
  }
}
