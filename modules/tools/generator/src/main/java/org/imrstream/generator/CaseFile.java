package org.imrstream.generator;

import java.util.List;

/**
 * Everything one letter says, decided before it is laid out: a layout only arranges these parts, so
 * the truth of a letter never depends on how it is printed.
 *
 * @param expedited whether the review had expedited priority
 */
record CaseFile(
    String caseNumber,
    CaseDates dates,
    CaseFacts facts,
    Credentials credentials,
    String summary,
    List<Decision> decisions,
    boolean expedited) {

  record Decision(
      Request request,
      boolean upheld,
      GuidelineParagraph guideline,
      String claimsAdministrator,
      String rationale) {

    String outcomeWord() {
      return upheld ? "Upheld" : "Overturned";
    }
  }
}
