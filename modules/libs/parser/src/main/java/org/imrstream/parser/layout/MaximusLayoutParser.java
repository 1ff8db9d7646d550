package org.imrstream.parser.layout;

import java.util.List;
import java.util.regex.Pattern;
import org.imrstream.parser.Decision;
import org.imrstream.parser.Layout;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.Patient;
import org.imrstream.parser.Reviewer;

/**
 * The two MAXIMUS layouts: the final determination letter ("IMR ISSUES, DECISIONS AND RATIONALES")
 * and the earlier "MAXIMUS FEDERAL SERVICES, INC." letter ("IMR DECISION(S) AND RATIONALE(S)").
 * Both put the header first, then how the determination was made (with the reviewer's credentials),
 * a case summary and the labelled decisions; excerpts may lack everything but the decisions.
 */
final class MaximusLayoutParser {

  private final LabelledDecisionParser decisions;

  MaximusLayoutParser(LabelledDecisionParser decisions) {
    this.decisions = decisions;
  }

  Letter parse(Lines lines, Layout layout, String source) throws LetterParseException {
    Pattern decisionsHeading =
        layout == Layout.FINAL_DETERMINATION
            ? Headings.ISSUES_DECISIONS_RATIONALES
            : Headings.DECISIONS_AND_RATIONALES;
    int decisionsAt = lines.findHeading(decisionsHeading, 0);
    int summaryAt = lines.findHeading(Headings.CLINICAL_CASE_SUMMARY, 0);
    if (summaryAt > decisionsAt && decisionsAt >= 0) {
      summaryAt = -1;
    }
    int howAt = lines.findHeading(Headings.HOW_DETERMINATION_WAS_MADE, 0);
    int documentsAt = lines.findHeading(Headings.DOCUMENTS_REVIEWED, 0);
    int end = lines.size();
    int decisionsEnd = decisionsAt >= 0 ? decisionsAt : firstOf(summaryAt, howAt, end);

    int headerEnd = firstOf(howAt, documentsAt, summaryAt, decisionsEnd);
    LetterHeader header = HeaderParser.parse(lines.text(0, Math.min(headerEnd, 120)));
    int credentialsFrom = howAt >= 0 ? howAt : 0;
    Reviewer reviewer =
        ReviewerParser.parse(lines.text(credentialsFrom, firstOf(summaryAt, decisionsEnd)));
    Patient patient =
        summaryAt >= 0
            ? PatientParser.parse(
                lines.text(
                    summaryAt + 1, Math.min(decisionsEnd, summaryAt + 1 + PatientParser.LINES)))
            : Patient.UNKNOWN;

    int from = decisionsAt >= 0 ? decisionsAt + 1 : 0;
    // The introduction ("... set forth below:") follows the heading within a line or two, a page
    // break and its furniture aside.
    for (int i = from, text = 0; i < end && text < 4; i++) {
      if (lines.isBlank(i) || lines.isFurniture(i)) {
        continue;
      }
      if (Headings.INTRODUCTION.matcher(lines.get(i)).matches()) {
        from = i + 1;
        break;
      }
      text++;
    }
    String sectionName = decisionsAt >= 0 ? lines.get(decisionsAt).trim() : "decisions";
    List<Decision> parsed;
    try {
      parsed = decisions.parse(lines, from, end, sectionName, decisionsAt);
    } catch (LetterParseException e) {
      // The letter fails as a whole, but the failure says whose letter it is.
      throw e.withHeader(header);
    }
    return new Letter(source, layout, header, reviewer, patient, parsed);
  }

  /** The smallest non-negative index, or the last argument when none is. */
  private static int firstOf(int... indexes) {
    int best = indexes[indexes.length - 1];
    for (int index : indexes) {
      if (index >= 0 && index < best) {
        best = index;
      }
    }
    return best;
  }
}
