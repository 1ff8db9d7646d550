package org.imrstream.parser.layout;

import java.util.List;
import org.imrstream.parser.Citation;
import org.imrstream.parser.Decision;
import org.imrstream.parser.GuidelineFamily;
import org.imrstream.parser.Outcome;
import org.imrstream.parser.guideline.CitationParser;

/** Builds a {@link Decision} from the pieces a layout found, parsing both guideline paragraphs. */
final class DecisionAssembler {

  private final CitationParser citations;

  DecisionAssembler(CitationParser citations) {
    this.citations = citations;
  }

  Decision assemble(
      int index,
      DisputedItem item,
      Outcome outcome,
      String claimsAdministratorText,
      String reviewerText,
      String rationale) {
    List<Citation> reviewer = citations.parse(reviewerText);
    List<Citation> claimsAdministrator = citations.parse(claimsAdministratorText);
    Citation primary = CitationParser.primary(reviewer).orElse(Citation.none(""));
    GuidelineFamily family = primary.family();
    return new Decision(
        index,
        item.item(),
        item.originalRequest(),
        item.authorizedPortion(),
        outcome,
        blankToNull(reviewerText),
        reviewer,
        blankToNull(claimsAdministratorText),
        claimsAdministrator,
        primary.key(),
        family,
        blankToNull(rationale));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
