package org.imrstream.parser.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an item starts when the previous rationale runs on into it. */
class ItemSentencesTest {

  @Test
  void theItemIsTheLastSentence() {
    assertThat(item("The request is not medically necessary. Cyclobenzaprine 10mg #30:"))
        .isEqualTo("Cyclobenzaprine 10mg #30:");
    assertThat(item("Not supported (ODG). 12 sessions of physical therapy"))
        .isEqualTo("12 sessions of physical therapy");
  }

  @Test
  void withoutASentenceBeforeItTheWholeTextIsTheItem() {
    assertThat(item("Lumbar brace")).isEqualTo("Lumbar brace");
    assertThat(item("Tramadol ER 100mg. #30")).isEqualTo("Tramadol ER 100mg. #30");
  }

  @Test
  void abbreviationsAndInitialsEndNoSentence() {
    assertThat(item("Not medically necessary. Consult with Dr. Smith, e.g. for pain"))
        .isEqualTo("Consult with Dr. Smith, e.g. for pain");
    assertThat(item("Denied. Follow-up with J. Doe")).isEqualTo("Follow-up with J. Doe");
  }

  @Test
  void aPartialCertificationKeepsItsThreeSentences() {
    String partial =
        "Naproxen 550mg #90 was the original request. Naproxen 550mg #60 was authorized by the"
            + " Claims Administrator. The remaining IMR eligible portion of the original request,"
            + " Naproxen 550mg #30 is:";
    assertThat(item("Therefore it is not medically necessary. " + partial)).isEqualTo(partial);
  }

  @Test
  void aRationaleSpeakingOfTheRemainingPortionIsNotPartOfTheNextItem() {
    assertThat(
            item(
                "The remaining IMR eligible portion of the original request is not medically"
                    + " necessary. Twelve physical therapy visits for the Cervical Spine:"))
        .isEqualTo("Twelve physical therapy visits for the Cervical Spine:");
  }

  private static String item(String text) {
    return text.substring(ItemSentences.start(text));
  }
}
