package org.imrstream.parser.layout;

import java.util.Map;
import java.util.regex.Pattern;

/** The section headings of the published layouts, each matched against a whole line. */
final class Headings {

  static final Pattern HOW_DETERMINATION_WAS_MADE =
      Pattern.compile(
          "(?i)\\s*HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION\\s+WAS\\s+MADE\\s*:?\\s*");
  static final Pattern CLINICAL_CASE_SUMMARY =
      Pattern.compile("(?i)\\s*CLINICAL\\s+CASE\\s+SUMMARY\\s*:?\\s*");
  static final Pattern ISSUES_DECISIONS_RATIONALES =
      Pattern.compile(
          "(?i)\\s*IMR\\s+ISSUES\\s*,?\\s+DECISIONS\\s*,?\\s+AND\\s+RATIONALES?\\s*:?\\s*");
  static final Pattern DECISIONS_AND_RATIONALES =
      Pattern.compile(
          "(?i)\\s*(?:IMR\\s+)?DECISIONS?\\s*(?:\\(S\\))?\\s+AND\\s+RATIONALES?\\s*(?:\\(S\\))?\\s*:?\\s*");
  static final Pattern DOCUMENTS_REVIEWED =
      Pattern.compile("(?i)\\s*DOCUMENTS\\s+REVIEWED\\s*:?\\s*");
  static final Pattern MAXIMUS_FEDERAL_SERVICES =
      Pattern.compile("(?i)\\s*MAXIMUS\\s+FEDERAL\\s+SERVICES\\s*,?\\s+INC\\.?.*");
  static final Pattern INDEPENDENT_MEDICAL_REVIEW =
      Pattern.compile("(?i).*\\bIndependent\\s+Medical\\s+Review\\b.*");
  static final Pattern MEDICAL_PROFESSIONAL_REVIEW =
      Pattern.compile("(?i)\\s*MEDICAL\\s+PROFESSIONAL\\s+REVIEW\\s*:?\\s*");
  static final Pattern ISSUE_AT_DISPUTE =
      Pattern.compile("(?i)\\s*ISSUES?\\s+AT\\s+DISPUTE\\s*:.*");
  static final Pattern INTRODUCTION = Pattern.compile("(?i).*\\bset\\s+forth\\s+below\\s*:?\\s*");

  /** A word each heading must contain: tried before the heading's pattern. */
  private static final Map<Pattern, String> KEYWORDS =
      Map.of(
          HOW_DETERMINATION_WAS_MADE, "DETERMINATION",
          CLINICAL_CASE_SUMMARY, "SUMMARY",
          ISSUES_DECISIONS_RATIONALES, "RATIONALE",
          DECISIONS_AND_RATIONALES, "RATIONALE",
          DOCUMENTS_REVIEWED, "REVIEWED",
          MEDICAL_PROFESSIONAL_REVIEW, "PROFESSIONAL",
          ISSUE_AT_DISPUTE, "DISPUTE");

  private Headings() {}

  static String keyword(Pattern heading) {
    return KEYWORDS.get(heading);
  }
}
