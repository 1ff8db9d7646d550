package org.imrstream.parser.layout;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imrstream.parser.Layout;

/** Tells which published layout a letter follows, from its section headings. */
final class LayoutDetector {

  private static final Pattern REVIEWER_LABEL =
      Pattern.compile("(?i)\\s*MAXIMUS\\s+guidelines?\\s*:.*");
  private static final Pattern RATIONALE_LABEL =
      Pattern.compile("(?i)\\s*Decision\\s+rationale\\s*:.*");

  private LayoutDetector() {}

  static Optional<Layout> detect(Lines lines) {
    if (lines.findHeading(Headings.ISSUE_AT_DISPUTE, 0) >= 0
        && (lines.findHeading(Headings.MEDICAL_PROFESSIONAL_REVIEW, 0) >= 0
            || lines.findHeading(Headings.ISSUES_DECISIONS_RATIONALES, 0) < 0)) {
      return Optional.of(Layout.MEDICAL_PROFESSIONAL_REVIEW);
    }
    if (lines.findHeading(Headings.ISSUES_DECISIONS_RATIONALES, 0) >= 0) {
      return Optional.of(Layout.FINAL_DETERMINATION);
    }
    if (lines.findHeading(Headings.DECISIONS_AND_RATIONALES, 0) >= 0) {
      return Optional.of(Layout.MAXIMUS_FEDERAL_SERVICES);
    }
    // Excerpts may start at the decisions: the labels alone identify the final determination
    // layout.
    if (lines.find(REVIEWER_LABEL, 0) >= 0 && lines.find(RATIONALE_LABEL, 0) >= 0) {
      return Optional.of(Layout.FINAL_DETERMINATION);
    }
    return Optional.empty();
  }
}
