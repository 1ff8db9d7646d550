package org.imrstream.parser;

import java.util.List;
import java.util.Objects;

/**
 * One disputed item of a letter and how it was decided.
 *
 * @param index 1-based position in the letter
 * @param item the item exactly as the letter names it; for partial certifications, the remaining
 *     IMR eligible portion
 * @param originalRequest partial certifications: the original request, else null
 * @param authorizedPortion partial certifications: what the claims administrator authorized, else
 *     null
 * @param outcome upheld or overturned
 * @param reviewerGuidelineText the "MAXIMUS guideline" text, whitespace folded
 * @param reviewerCitations that text parsed
 * @param claimsAdministratorGuidelineText the "Claims Administrator guideline" text, or null
 * @param claimsAdministratorCitations that text parsed
 * @param guideline canonical key {@code FAMILY: Document} of the reviewer's primary citation
 * @param guidelineFamily family of the primary citation
 * @param rationale the decision rationale, whitespace folded
 */
public record Decision(
    int index,
    String item,
    String originalRequest,
    String authorizedPortion,
    Outcome outcome,
    String reviewerGuidelineText,
    List<Citation> reviewerCitations,
    String claimsAdministratorGuidelineText,
    List<Citation> claimsAdministratorCitations,
    String guideline,
    GuidelineFamily guidelineFamily,
    String rationale) {

  public Decision {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(guideline, "guideline");
    Objects.requireNonNull(guidelineFamily, "guidelineFamily");
    reviewerCitations = List.copyOf(reviewerCitations);
    claimsAdministratorCitations = List.copyOf(claimsAdministratorCitations);
  }

  public boolean isPartialCertification() {
    return originalRequest != null;
  }
}
