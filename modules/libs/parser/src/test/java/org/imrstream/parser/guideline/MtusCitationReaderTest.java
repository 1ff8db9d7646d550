package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.junit.jupiter.api.Test;

/** The reader gets what follows "Decision based on MTUS". */
class MtusCitationReaderTest {

  private final MtusCitationReader reader = new MtusCitationReader(GuidelineCatalogue.standard());

  private Citation only(String body) {
    List<Citation> citations = reader.read(body);
    assertThat(citations).hasSize(1);
    return citations.get(0);
  }

  @Test
  void documentEditionAndSections() {
    Citation citation = only("Low Back Complaints 2004, Section(s): Special Studies, Summary.");
    assertThat(citation.family()).isEqualTo(GuidelineFamily.MTUS);
    assertThat(citation.document()).isEqualTo("Low Back Complaints");
    assertThat(citation.year()).isEqualTo(2004);
    assertThat(citation.sections()).containsExactly("Special Studies", "Summary");
    assertThat(citation.pages()).isEmpty();
    assertThat(citation.raw())
        .isEqualTo("Low Back Complaints 2004, Section(s): Special Studies, Summary");
  }

  @Test
  void eachDocumentAfterAnAndIsACitationOfItsOwn() {
    List<Citation> citations =
        reader.read(
            "Neck and Upper Back Complaints 2004, Section(s): Initial Care, and "
                + "Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, and Chronic Pain Medical "
                + "Treatment 2016, Section(s): Physical medicine treatment.");
    assertThat(citations)
        .extracting(Citation::document)
        .containsExactly(
            "Neck and Upper Back Complaints",
            "Forearm, Wrist, and Hand Complaints",
            "Chronic Pain Medical Treatment Guidelines");
    assertThat(citations).extracting(Citation::year).containsExactly(2004, 2004, 2016);
    assertThat(citations.get(2).sections()).containsExactly("Physical medicine treatment");
  }

  @Test
  void anAndInsideADocumentsNameDoesNotSplitIt() {
    assertThat(only("Ankle and Foot Complaints 2004.").document())
        .isEqualTo("Ankle and Foot Complaints");
    assertThat(reader.read("Postsurgical Treatment 2009, and Chronic Pain Medical Treatment 2016."))
        .extracting(Citation::document)
        .containsExactly(
            "Postsurgical Treatment Guidelines", "Chronic Pain Medical Treatment Guidelines");
  }

  @Test
  void aSectionListKeepsCommasInsideParentheses() {
    Citation citation =
        only(
            "Chronic Pain Medical Treatment 2016, Section(s): Naproxen (Naprosyn, Anaprox), "
                + "NSAIDs (non-steroidal anti-inflammatory drugs).");
    assertThat(citation.sections())
        .containsExactly(
            "Naproxen (Naprosyn, Anaprox)", "NSAIDs (non-steroidal anti-inflammatory drugs)");
  }

  @Test
  void olderWordingPagesAndTheSectionNamedAfterTheDocument() {
    Citation citation =
        only(
            "Chronic Pain Treatment Guidelines Cognitive Behavioral Therapy (CBT) guidelines for "
                + "chronic pain Page(s): 23.");
    assertThat(citation.document()).isEqualTo("Chronic Pain Medical Treatment Guidelines");
    assertThat(citation.year()).as("two editions: none assumed").isNull();
    assertThat(citation.sections())
        .as("the aside is cut, its blanks folded")
        .containsExactly("Cognitive Behavioral Therapy guidelines for chronic pain");
    assertThat(citation.pages()).containsExactly("23");

    Citation pages =
        only("Chronic Pain Treatment Guidelines Page(s): 100-102, 127, Benzodiazepines.");
    assertThat(pages.pages()).containsExactly("100-102", "127");
    assertThat(pages.sections()).as("words among the pages").containsExactly("Benzodiazepines");
  }

  @Test
  void theChapterTitleRepeatedIsNoSection() {
    Citation citation = only("ACOEM Chapter 15 Stress Related Conditions Page(s): 398.");
    assertThat(citation.document()).isEqualTo("Stress-Related Conditions");
    assertThat(citation.year()).as("the only edition").isEqualTo(2004);
    assertThat(citation.sections()).isEmpty();
    assertThat(citation.pages()).containsExactly("398");
  }

  @Test
  void inlinePagesAndAsidesInParentheses() {
    Citation citation = only("Chronic Pain Medical Treatment Guidelines (May 2009), page 68.");
    assertThat(citation.document()).isEqualTo("Chronic Pain Medical Treatment Guidelines");
    assertThat(citation.year()).isEqualTo(2009);
    assertThat(citation.pages()).containsExactly("68");
    assertThat(citation.sections()).isEmpty();
  }

  @Test
  void anUnknownDocumentKeepsItsWrittenName() {
    Citation citation = only("Burn Care Guidelines 2019, Section(s): Grafts.");
    assertThat(citation.document()).isEqualTo("Burn Care Guidelines");
    assertThat(citation.year()).isEqualTo(2019);
    assertThat(only("(Effective July 18, 2009) Page(s): 24.").document())
        .as("no name at all")
        .isNull();
  }
}
