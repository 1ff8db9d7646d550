package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterGeneratorTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private static List<GeneratedLetter> letters;

  @BeforeAll
  static void generate() {
    letters = Letters.of(1, 2_000);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    List<GeneratedLetter> again = Letters.of(1, 200);
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i).text().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(letters.get(i).text().getBytes(StandardCharsets.UTF_8));
      assertThat(again.get(i)).isEqualTo(letters.get(i));
    }
  }

  @Test
  void anotherSeedGivesOtherLetters() {
    List<GeneratedLetter> other = Letters.of(2, 20);
    for (int i = 0; i < other.size(); i++) {
      assertThat(other.get(i).text()).isNotEqualTo(letters.get(i).text());
    }
  }

  @Test
  void caseNumbersAreUniqueAndNameTheFile() {
    Set<String> seen = new HashSet<>();
    for (GeneratedLetter letter : letters) {
      assertThat(seen.add(letter.caseNumber())).as(letter.caseNumber()).isTrue();
      assertThat(letter.caseNumber())
          .matches("CM\\d{2}-\\d{7}")
          .startsWith(String.format("CM%02d-", letter.dates().received().getYear() % 100));
      assertThat(letter.fileName()).isEqualTo("GEN-" + letter.caseNumber() + ".txt");
    }
  }

  @Test
  void datesFollowTheReviewProcessAndTheHeaderPrintsThem() {
    Pattern header =
        Pattern.compile(
            "Case Number: (\\S+) \n"
                + "Date Assigned: (\\S+) Date of Injury: +(\\S+) \n"
                + "Decision Date: (\\S+) UR Denial Date: +(\\S+) \n"
                + "Priority: +(?:Standard|Expedited) Application \n"
                + "Received: \n(\\S+) \n");
    for (GeneratedLetter letter : letters) {
      CaseDates d = letter.dates();
      assertThat(d.injury()).isBefore(d.urDenial());
      assertThat(d.urDenial()).isBefore(d.received());
      assertThat(d.received()).isBefore(d.assigned());
      assertThat(d.assigned()).isBefore(d.decided());
      assertThat(letter.decisionDate())
          .isEqualTo(d.decided())
          .isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31));
      if (letter.layout() == GeneratedLetter.Layout.MEDICAL_PROFESSIONAL_REVIEW) {
        assertThat(letter.text())
            .contains("Decision Date: " + US.format(d.decided()) + " \n")
            .contains("Date of Injury: " + US.format(d.injury()) + " \n");
        continue;
      }
      Matcher m = header.matcher(letter.text());
      assertThat(m.find()).as(letter.text()).isTrue();
      assertThat(m.group(1)).isEqualTo(letter.caseNumber());
      assertThat(List.of(m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)))
          .containsExactly(
              US.format(d.assigned()),
              US.format(d.injury()),
              US.format(d.decided()),
              US.format(d.urDenial()),
              US.format(d.received()));
    }
  }

  @Test
  void outcomesAreUpheldNearThePublishedRate() {
    long decisions = letters.stream().mapToLong(l -> l.decisions().size()).sum();
    long upheld =
        letters.stream()
            .flatMap(l -> l.decisions().stream())
            .filter(t -> t.outcome() == GeneratedLetter.Outcome.UPHELD)
            .count();
    assertThat((double) upheld / decisions).isBetween(0.84, 0.94);
  }

  @Test
  void lettersHoldOneToSixDecisionsOnDistinctItems() {
    for (GeneratedLetter letter : letters) {
      assertThat(letter.decisions()).hasSizeBetween(1, 6);
      assertThat(letter.decisions().stream().map(t -> t.item().toLowerCase()).distinct().count())
          .isEqualTo(letter.decisions().size());
    }
    assertThat(letters)
        .anyMatch(l -> l.decisions().size() == 1)
        .anyMatch(l -> l.decisions().size() == 6);
  }

  @Test
  void theLastSentenceOfEveryRationaleAgreesWithTheOutcome() {
    for (GeneratedLetter letter : letters) {
      for (GeneratedLetter.Truth t : letter.decisions()) {
        if (t.outcome() == GeneratedLetter.Outcome.UPHELD) {
          assertThat(t.rationale()).endsWith(" is not medically necessary.");
        } else {
          assertThat(t.rationale())
              .endsWith(" is medically necessary.")
              .doesNotEndWith("not medically necessary.");
        }
        assertThat(Letters.folded(letter.text())).contains(t.rationale().replaceAll(" {2,}", " "));
      }
    }
  }

  @Test
  void theTruthOfAGuidelineIsTheFirstCitation() {
    for (GeneratedLetter letter : letters) {
      for (GeneratedLetter.Truth t : letter.decisions()) {
        String g = t.reviewerGuideline();
        switch (t.family()) {
          case MTUS -> assertThat(g).startsWith("Decision based on MTUS ");
          case NONE ->
              assertThat(g)
                  .isEqualTo(
                      "The Expert Reviewer did not cite any medical evidence for its decision.");
          case ODG ->
              assertThat(g).contains("Non-MTUS Citation Official Disability Guidelines (ODG)");
          case ACOEM -> assertThat(g).contains("Non-MTUS Citation ACOEM");
          case OTHER ->
              assertThat(g)
                  .contains("Non-MTUS Citation")
                  .doesNotContain("ODG")
                  .doesNotContain("ACOEM");
        }
        assertThat(t.mtusDocument() != null).isEqualTo(t.family() == GeneratedLetter.Family.MTUS);
        if (t.family() != GeneratedLetter.Family.MTUS) {
          assertThat(g).doesNotStartWith("Decision based on MTUS");
        }
        assertThat(Letters.folded(letter.text())).contains(g);
      }
    }
  }

  @Test
  void theMixCoversWhatRealLettersShow() {
    Set<GeneratedLetter.Family> families = EnumSet.noneOf(GeneratedLetter.Family.class);
    Set<String> documents = new HashSet<>();
    Set<GeneratedLetter.Layout> layouts = EnumSet.noneOf(GeneratedLetter.Layout.class);
    int partial = 0;
    int wholeOriginalEligible = 0;
    int outcomeOnNextLine = 0;
    int wrappedItems = 0;
    int prose = 0;
    int sexUnstated = 0;
    for (GeneratedLetter letter : letters) {
      layouts.add(letter.layout());
      String text = letter.text();
      for (GeneratedLetter.Truth t : letter.decisions()) {
        families.add(t.family());
        if (t.mtusDocument() != null) {
          documents.add(t.mtusDocument());
        }
        if (t.isPartialCertification()) {
          partial++;
          wholeOriginalEligible += t.item().equals(t.originalRequest()) ? 1 : 0;
        }
        if (text.contains("\n" + t.item() + ": \nUpheld \n")
            || text.contains("\n" + t.item() + ": \nOverturned \n")) {
          outcomeOnNextLine++;
        }
        if (t.item().length() > 40 && !text.contains(t.item())) {
          wrappedItems++;
        }
      }
      prose += text.contains("is Board Certified in") ? 1 : 0;
      sexUnstated += letter.patient().sex() == null ? 1 : 0;
    }
    assertThat(families).containsExactlyInAnyOrder(GeneratedLetter.Family.values());
    assertThat(documents)
        .containsExactlyInAnyOrder(
            "Low Back Complaints",
            "Chronic Pain Medical Treatment Guidelines",
            "Acupuncture Medical Treatment Guidelines",
            "Opioids Treatment Guidelines",
            "Neck and Upper Back Complaints",
            "General Approaches",
            "Stress-Related Conditions",
            "Shoulder Complaints",
            "Knee Complaints",
            "Elbow Complaints",
            "Forearm, Wrist, and Hand Complaints",
            "Ankle and Foot Complaints");
    assertThat(layouts).containsExactlyInAnyOrder(GeneratedLetter.Layout.values());
    assertThat(partial).isGreaterThan(30);
    assertThat(wholeOriginalEligible).isPositive().isLessThan(partial);
    assertThat(outcomeOnNextLine).isGreaterThan(30);
    assertThat(wrappedItems).isGreaterThan(30);
    assertThat(prose).isBetween(letters.size() / 10, letters.size() / 3);
    assertThat(sexUnstated).isBetween(letters.size() / 10, letters.size() / 2);
  }

  @Test
  void linesLookLikeTheExtractedPdfs() {
    int lines = 0;
    int longLines = 0;
    for (GeneratedLetter letter : letters) {
      assertThat(letter.text()).endsWith(" \n");
      for (String line : letter.text().split("\n")) {
        lines++;
        assertThat(line).as("PDFBox ends every line with a space").endsWith(" ");
        if (line.length() > PageText.MAX_WIDTH + 1) {
          assertThat(line.strip())
              .as("only a single overlong word may exceed the width")
              .doesNotContain(" ");
        }
        longLines += line.length() >= 85 ? 1 : 0;
      }
    }
    assertThat((double) longLines / lines).as("paragraphs fill their lines").isGreaterThan(0.35);
  }

  @Test
  void opioidGuidelinesFollowTheEditionInForce() {
    for (GeneratedLetter letter : letters) {
      boolean before2016Edition = letter.decisionDate().isBefore(LocalDate.of(2016, 12, 1));
      for (GeneratedLetter.Truth t : letter.decisions()) {
        if (before2016Edition) {
          assertThat(t.reviewerGuideline())
              .doesNotContain("Opioid Treatment 2016")
              .doesNotContain("Chronic Pain Medical Treatment 2016");
        } else {
          assertThat(t.reviewerGuideline()).doesNotContain("Chronic Pain Medical Treatment 2009");
        }
      }
    }
  }
}
