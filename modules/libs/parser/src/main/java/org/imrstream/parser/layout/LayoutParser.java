package org.imrstream.parser.layout;

import java.util.regex.Pattern;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.Layout;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.guideline.CitationParser;

/** Detects a letter's layout and hands it to that layout's parser. */
public final class LayoutParser {

  /** The header is at the top: no need to look further down a (possibly huge) letter. */
  private static final int HEADER_LINES = 120;

  /** The headings that may end the header, in whichever layout. */
  private static final Pattern[] AFTER_HEADER = {
    Headings.HOW_DETERMINATION_WAS_MADE,
    Headings.DOCUMENTS_REVIEWED,
    Headings.CLINICAL_CASE_SUMMARY,
    Headings.ISSUES_DECISIONS_RATIONALES,
    Headings.DECISIONS_AND_RATIONALES,
    Headings.ISSUE_AT_DISPUTE
  };

  private final MaximusLayoutParser maximus;
  private final MedicalProfessionalReviewParser medicalProfessionalReview;

  public LayoutParser(CitationParser citations) {
    DecisionAssembler assembler = new DecisionAssembler(citations);
    this.maximus = new MaximusLayoutParser(new LabelledDecisionParser(assembler));
    this.medicalProfessionalReview = new MedicalProfessionalReviewParser(assembler);
  }

  /**
   * The header of a letter's normalized text, read as the layouts read it (a value only where its
   * label is certain): for callers that need no more, such as a letter's identity.
   */
  public static LetterHeader header(String normalizedText) {
    Lines lines = RunOnLines.lines(normalizedText);
    int end = Math.min(lines.size(), HEADER_LINES);
    for (Pattern heading : AFTER_HEADER) {
      int at = lines.findHeading(heading, 0);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return HeaderParser.parse(lines.text(0, end));
  }

  public Letter parse(String normalizedText, String source) throws LetterParseException {
    // Text copied from a web page runs headings and labels on with other text: give them their
    // lines back first, so that every layout finds them where a printed letter has them.
    Lines lines = RunOnLines.lines(normalizedText);
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
