package org.imrstream.parser;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrstream.testkit.ExpectedLetter;

/**
 * Compares a parse result with a letter's line of expected.jsonl: case number, decision date, and
 * every decision's item, outcome, reviewer's guideline text, its family and MTUS document.
 *
 * <p>Family and document are checked against an oracle written here from plain keywords,
 * independent of the parser's catalogue, so that a catalogue mistake cannot confirm itself.
 */
final class GoldenComparison {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private GoldenComparison() {}

  /** What differs from the expectation, one line per difference; empty when the parse is exact. */
  static List<String> mismatches(ExpectedLetter letter, ParseResult result) {
    List<String> mismatches = new ArrayList<>();
    if (result instanceof ParseResult.Failure failure) {
      mismatches.add(letter.fileName() + ": failed: " + failure.reason());
      return mismatches;
    }
    Letter parsed = ((ParseResult.Success) result).letter();
    check(
        mismatches,
        letter.fileName(),
        "case number",
        letter.caseNumber(),
        parsed.header().caseNumber());
    check(
        mismatches,
        letter.fileName(),
        "decision date",
        letter.decisionDate(),
        parsed.header().decisionDate() == null
            ? null
            : parsed.header().decisionDate().format(US_DATE));
    if (parsed.decisions().size() != letter.decisions().size()) {
      mismatches.add(
          letter.fileName()
              + ": "
              + parsed.decisions().size()
              + " decisions, expected "
              + letter.decisions().size()
              + ": "
              + parsed.decisions().stream().map(Decision::item).toList());
      return mismatches;
    }
    for (int i = 0; i < parsed.decisions().size(); i++) {
      Decision got = parsed.decisions().get(i);
      ExpectedLetter.ExpectedDecision want = letter.decisions().get(i);
      String where = letter.fileName() + " #" + (i + 1);
      check(mismatches, where, "item", want.item(), got.item());
      check(mismatches, where, "outcome", want.outcome(), got.outcome().name());
      check(
          mismatches,
          where,
          "reviewer guideline",
          want.maximusGuideline(),
          got.reviewerGuidelineText());
      check(
          mismatches,
          where,
          "family",
          oracleFamily(want.maximusGuideline()),
          got.guidelineFamily().name());
      String mtusDocument = oracleMtusDocument(want.maximusGuideline());
      if (mtusDocument != null) {
        check(mismatches, where, "MTUS document", mtusDocument, got.guideline());
      }
    }
    return mismatches;
  }

  private static void check(List<String> out, String where, String what, String want, String got) {
    if (want == null ? got != null : !want.equals(got)) {
      out.add(where + ": " + what + " expected <" + want + "> but was <" + got + ">");
    }
  }

  /**
   * MTUS when the reviewer relied on the MTUS; else the first non-MTUS body named; NONE when
   * nothing is cited.
   */
  static String oracleFamily(String guideline) {
    if (guideline.contains("Decision based on MTUS")) {
      return "MTUS";
    }
    if (guideline.contains("did not cite any medical evidence")) {
      return "NONE";
    }
    if (guideline.contains("ODG") || guideline.contains("Official Disability Guidelines")) {
      return "ODG";
    }
    if (guideline.contains("ACOEM")) {
      return "ACOEM";
    }
    return "OTHER";
  }

  /**
   * The canonical key of the first MTUS document the reviewer named, from keywords; null when no
   * MTUS.
   */
  static String oracleMtusDocument(String guideline) {
    int at = guideline.indexOf("Decision based on MTUS");
    if (at < 0) {
      return null;
    }
    String first =
        guideline.substring(at + "Decision based on MTUS".length()).toLowerCase(Locale.ROOT);
    Map<String, String> keywords = new LinkedHashMap<>();
    keywords.put("chronic pain", "Chronic Pain Medical Treatment Guidelines");
    keywords.put("low back", "Low Back Complaints");
    keywords.put("neck", "Neck and Upper Back Complaints");
    keywords.put("shoulder", "Shoulder Complaints");
    keywords.put("knee", "Knee Complaints");
    keywords.put("elbow", "Elbow Complaints");
    keywords.put("forearm", "Forearm, Wrist, and Hand Complaints");
    keywords.put("ankle", "Ankle and Foot Complaints");
    keywords.put("stress", "Stress-Related Conditions");
    keywords.put("acupuncture", "Acupuncture Medical Treatment Guidelines");
    keywords.put("opioid", "Opioids Treatment Guidelines");
    keywords.put("general approaches", "General Approaches");
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Map.Entry<String, String> k : keywords.entrySet()) {
      int pos = first.indexOf(k.getKey());
      if (pos >= 0 && pos < bestAt) {
        bestAt = pos;
        best = k.getValue();
      }
    }
    return best == null ? null : "MTUS: " + best;
  }
}
