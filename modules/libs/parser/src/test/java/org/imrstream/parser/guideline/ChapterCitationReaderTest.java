package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.junit.jupiter.api.Test;

/** The reader gets one non-MTUS citation, its family already chosen by the dispatcher. */
class ChapterCitationReaderTest {

  private final ChapterCitationReader reader =
      new ChapterCitationReader(GuidelineCatalogue.standard());

  @Test
  void odgChapterThenTopics() {
    Citation citation =
        reader.read(
            GuidelineFamily.ODG,
            "Official Disability Guidelines (ODG) Knee & Leg Chapter, Durable medical equipment (DME)");
    assertThat(citation.key()).isEqualTo("ODG: Knee and Leg");
    assertThat(citation.sections()).containsExactly("Durable medical equipment", "DME");
    assertThat(citation.year()).isNull();
    assertThat(citation.raw())
        .isEqualTo(
            "Official Disability Guidelines (ODG) Knee & Leg Chapter, Durable medical equipment (DME)");
  }

  @Test
  void topicsAfterASlashOrADash() {
    assertThat(
            reader
                .read(
                    GuidelineFamily.ODG,
                    "Official Disability Guidelines (ODG) Shoulder/MR Arthrogram")
                .sections())
        .containsExactly("MR Arthrogram");
    assertThat(
            reader
                .read(GuidelineFamily.ODG, "Official Disability Guidelines, Low Back - MRIs")
                .sections())
        .containsExactly("MRIs");
  }

  @Test
  void editionAndTitleAsidesAreNoTopics() {
    assertThat(
            reader
                .read(
                    GuidelineFamily.ODG,
                    "Official Disability Guidelines, Head Chapter (updated 11/3/16): EEG (neurofeedback)")
                .sections())
        .containsExactly("EEG", "neurofeedback");
    assertThat(
            reader
                .read(
                    GuidelineFamily.ODG,
                    "Official Disability Guidelines (ODG), Shoulder (Acute and Chronic), Continuous-flow cryotherapy")
                .sections())
        .containsExactly("Continuous-flow cryotherapy");
    Citation lowBack =
        reader.read(
            GuidelineFamily.ODG,
            "Official Disability Guidelines (ODG) Low Back (Thoracic "
                + "and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI)");
    assertThat(lowBack.key()).isEqualTo("ODG: Low Back");
    assertThat(lowBack.sections()).containsExactly("Epidural Steroid Injection", "ESI");
    assertThat(
            reader
                .read(
                    GuidelineFamily.ODG,
                    "Official Disability Guidelines: Low Back - Lumbar & Thoracic (Acute & Chronic) Chapter"
                        + " (Online Version)")
                .sections())
        .isEmpty();
  }

  @Test
  void theChapterNamedNextToTheWordChapterWins() {
    Citation citation =
        reader.read(
            GuidelineFamily.ODG,
            "ODG Cognitive Behavioral Therapy Guidelines for Chronic "
                + "Pain Chapter Mental Illness and Stress, Topic: Cognitive Behavioral Therapy");
    assertThat(citation.key()).isEqualTo("ODG: Mental Illness and Stress");
  }

  @Test
  void acoemChapterWithEditionAndAPage() {
    Citation citation =
        reader.read(
            GuidelineFamily.ACOEM,
            "ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders, pg. 607");
    assertThat(citation.key()).isEqualTo("ACOEM: Low Back Disorders");
    assertThat(citation.pages()).containsExactly("607");
    assertThat(citation.sections()).as("the page is no topic").isEmpty();
  }

  @Test
  void withoutAKnownChapterThereIsNoDocumentAndNoTopic() {
    Citation citation =
        reader.read(
            GuidelineFamily.ODG,
            "Official Disability Guidelines, 2016, Web Version, "
                + "Criteria for skilled nursing facility");
    assertThat(citation.document()).isNull();
    assertThat(citation.year()).isEqualTo(2016);
    assertThat(citation.sections()).isEmpty();
  }

  @Test
  void otherEvidenceKeepsItsYearAndPagesOnly() {
    Citation citation =
        reader.read(GuidelineFamily.OTHER, "a 2014 review in Spine journal, pp. 12-19");
    assertThat(citation.key()).isEqualTo("OTHER");
    assertThat(citation.year()).isEqualTo(2014);
    assertThat(citation.pages()).containsExactly("12-19");
    assertThat(citation.sections()).isEmpty();
    assertThat(
            reader.read(GuidelineFamily.OTHER, "http://www.drugs.com/2016/famotidine.html").year())
        .isNull();
  }
}
