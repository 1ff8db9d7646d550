package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationParserTest {

  private final CitationParser parser = new CitationParser();

  private String key(String paragraph) {
    return CitationParser.primary(parser.parse(paragraph)).map(Citation::key).orElse("(none)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.",
        "Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids.",
        "The reviewer relied on the California MTUS Chronic Pain Medical Treatment Guidelines.",
        "Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016."
      })
  void spellingsOfTheChronicPainGuidelinesFoldToOneKey(String paragraph) {
    assertThat(key(paragraph)).isEqualTo("MTUS: Chronic Pain Medical Treatment Guidelines");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Decision based on MTUS ACOEM Chapter 15 Stress Related Conditions Page(s): 398.",
        "Decision based on MTUS Stress-Related Conditions 2004, Section(s): Treatment."
      })
  void spellingsOfTheStressChapterFoldToOneKey(String paragraph) {
    assertThat(key(paragraph)).isEqualTo("MTUS: Stress-Related Conditions");
  }

  @Test
  void olderWordingKeepsSectionsAndPages() {
    Citation citation =
        parser
            .parse(
                "Decision based on MTUS ACOEM Chapter 15 Stress Related Conditions Page(s): 398.")
            .get(0);
    assertThat(citation.family()).isEqualTo(GuidelineFamily.MTUS);
    assertThat(citation.year()).isEqualTo(2004);
    assertThat(citation.pages()).containsExactly("398");
    Citation benzodiazepines =
        parser
            .parse(
                "Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.")
            .get(0);
    assertThat(benzodiazepines.sections()).containsExactly("Benzodiazepines");
    assertThat(benzodiazepines.year()).isNull();
  }

  @Test
  void nonMtusCitationsByFamily() {
    List<Citation> citations =
        parser.parse(
            "The Expert Reviewer based their decision on recommendation(s) outside "
                + "of the MTUS Guidelines. Decision based on Non-MTUS Citation "
                + "Official Disability Guidelines (ODG) Low Back "
                + "Chapter, "
                + "Preoperative lab testing and Other Medical Treatment Guidelines www.mdguidelines.com.");
    assertThat(citations)
        .extracting(Citation::family)
        .containsExactly(GuidelineFamily.ODG, GuidelineFamily.OTHER);
    assertThat(citations.get(0).document()).isEqualTo("Low Back");
    assertThat(citations.get(0).sections()).containsExactly("Preoperative lab testing");
    assertThat(citations.get(1).raw()).isEqualTo("www.mdguidelines.com");

    Citation acoem =
        parser
            .parse(
                "Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice "
                    + "Guidelines, 3rd ed., Low Back Disorders, pg. 607.")
            .get(0);
    assertThat(acoem.key()).isEqualTo("ACOEM: Low Back Disorders");
    assertThat(acoem.pages()).containsExactly("607");
  }

  @Test
  void odgChapterNamedNextToTheWordChapterWins() {
    assertThat(
            key(
                "Decision based on Non-MTUS Citation ODG Cognitive Behavioral Therapy Guidelines for Chronic "
                    + "Pain Chapter Mental Illness and Stress, Topic: Cognitive Behavioral Therapy"))
        .isEqualTo("ODG: Mental Illness and Stress");
  }

  @Test
  void mtusCitationIsPrimaryOverEarlierOtherEvidence() {
    assertThat(
            key(
                "Decision based on Non-MTUS Citation Green's Operative Hand Surgery. "
                    + "Decision based on MTUS Knee Complaints 2004."))
        .isEqualTo("MTUS: Knee Complaints");
  }

  @Test
  void noEvidenceIsNone() {
    List<Citation> citations =
        parser.parse("The Expert Reviewer did not cite any medical evidence for its decision.");
    assertThat(citations).extracting(Citation::key).containsExactly("NONE");
    assertThat(parser.parse("  ")).isEmpty();
    assertThat(parser.parse(null)).isEmpty();
  }

  @Test
  void unknownMtusDocumentIsKeptAsWritten() {
    Citation citation =
        parser
            .parse("Decision based on MTUS Burn Care Guidelines 2019, Section(s): Grafts.")
            .get(0);
    assertThat(citation.key()).isEqualTo("MTUS: Burn Care Guidelines");
    assertThat(citation.year()).isEqualTo(2019);
    assertThat(citation.sections()).containsExactly("Grafts");
  }

  @Test
  void unrecognisedWordingIsOtherEvidenceNotNone() {
    assertThat(key("Decision based on Non-MTUS Citation a 2014 review in Spine journal."))
        .isEqualTo("OTHER");
  }

  @Test
  void theCacheOfRecurringParagraphsGivesTheSameResultsAndStaysBounded() {
    CitationParser uncached = new CitationParser(GuidelineCatalogue.standard(), 0);
    CitationParser tiny = new CitationParser(GuidelineCatalogue.standard(), 2);
    List<String> paragraphs =
        List.of(
            "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.",
            "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg Chapter, MRI.",
            "The Expert Reviewer did not cite any medical evidence for its decision.",
            "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.");
    for (int round = 0; round < 3; round++) {
      for (String paragraph : paragraphs) {
        assertThat(tiny.parse(paragraph)).isEqualTo(uncached.parse(paragraph));
      }
    }
    assertThat(parser.parse(paragraphs.get(0))).isSameAs(parser.parse(paragraphs.get(0)));
  }

  @Test
  void olderWordingWithAsidesAndInlinePages() {
    Citation effective =
        parser
            .parse("Decision based on MTUS (Effective July 18, 2009) Page(s): 24, Benzodiazepines.")
            .get(0);
    assertThat(effective.key()).as("no document named: the family alone").isEqualTo("MTUS");
    assertThat(effective.year()).isEqualTo(2009);
    assertThat(effective.pages()).containsExactly("24");
    assertThat(effective.sections()).containsExactly("Benzodiazepines");

    Citation inline =
        parser
            .parse(
                "Decision based on MTUS Chronic Pain Medical Treatment Guidelines (May 2009), page 68.")
            .get(0);
    assertThat(inline.key()).isEqualTo("MTUS: Chronic Pain Medical Treatment Guidelines");
    assertThat(inline.year()).isEqualTo(2009);
    assertThat(inline.pages()).containsExactly("68");
    assertThat(inline.sections()).isEmpty();

    Citation chapter =
        parser
            .parse(
                "Decision based on MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, "
                    + "Low Back Complaints, page 303.")
            .get(0);
    assertThat(chapter.key()).isEqualTo("MTUS: Low Back Complaints");
    assertThat(chapter.pages()).containsExactly("303");
  }
}
