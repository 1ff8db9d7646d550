package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every letter of the shared corpus parses, and every decision matches expected.jsonl: item,
 * outcome, the reviewer's guideline text, its family and MTUS document, and the decision date.
 *
 * <p>Family and document are checked against an oracle written here from plain keywords,
 * independent of the parser's catalogue, so that a catalogue mistake cannot confirm itself.
 */
class CorpusGoldenTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private final LetterParser parser = new LetterParser();

  @Test
  void everyCorpusLetterParsesExactlyAsExpected() throws IOException {
    Path corpus = SharedCorpus.require();
    List<ExpectedLetter> expected = SharedCorpus.expected(corpus);
    assertThat(expected).hasSize(110);

    List<String> mismatches = new ArrayList<>();
    int decisions = 0;
    for (ExpectedLetter letter : expected) {
      ParseResult result = parser.parse(Files.readAllBytes(letter.file()), letter.fileName());
      if (result instanceof ParseResult.Failure failure) {
        mismatches.add(letter.fileName() + ": failed: " + failure.reason());
        continue;
      }
      Letter parsed = ((ParseResult.Success) result).letter();
      check(mismatches, letter, "case number", letter.caseNumber(), parsed.header().caseNumber());
      check(
          mismatches,
          letter,
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
        continue;
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
        decisions++;
      }
    }
    assertThat(mismatches).as("corpus mismatches").isEmpty();
    assertThat(decisions).isEqualTo(expected.stream().mapToInt(l -> l.decisions().size()).sum());
  }

  private static void check(
      List<String> out, ExpectedLetter letter, String what, String want, String got) {
    check(out, letter.fileName(), what, want, got);
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

  @Test
  void oracleReadsTheSampleWordingsOfTheIssue() {
    assertThat(
            oracleMtusDocument(
                "Decision based on MTUS ACOEM Chapter 15 Stress Related Conditions Page(s): 398."))
        .isEqualTo("MTUS: Stress-Related Conditions");
    assertThat(LocalDate.parse("12/09/2016", US_DATE)).isEqualTo(LocalDate.of(2016, 12, 9));
  }
}
