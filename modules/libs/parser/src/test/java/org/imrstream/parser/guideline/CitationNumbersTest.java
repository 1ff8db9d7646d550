package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationNumbersTest {

  @Test
  void yearIsTheFirstEditionYear() {
    assertThat(CitationNumbers.year("ODG Guidelines, 14th Edition, 2016, Knee Chapter"))
        .isEqualTo(2016);
    assertThat(CitationNumbers.year("Harris J. (2004), revised 2008")).isEqualTo(2004);
    assertThat(CitationNumbers.year("ODG Knee Chapter, 20160 cases"))
        .as("whole words only")
        .isNull();
    assertThat(CitationNumbers.year("Knee (updated 11/22/16)"))
        .as("two-digit years are no edition")
        .isNull();
  }

  @Test
  void aWebAddressHasNoEditionYear() {
    assertThat(CitationNumbers.year("http://www.example.org/2016/guideline.html")).isNull();
  }

  @Test
  void inlinePagesAreReadInEachSpelling() {
    assertThat(CitationNumbers.inlinePages("Low Back Disorders, pg. 607")).containsExactly("607");
    assertThat(CitationNumbers.inlinePages("Chapter 12, page 303, pp 100 - 102"))
        .containsExactly("303", "100-102");
    assertThat(CitationNumbers.inlinePages("Pages 24-25")).containsExactly("24-25");
    assertThat(CitationNumbers.inlinePages("Knee Chapter, MRI")).isEmpty();
    assertThat(CitationNumbers.inlinePages("page two")).as("a page is a number").isEmpty();
  }

  @Test
  void withoutInlinePagesBlanksThemOut() {
    assertThat(CitationNumbers.withoutInlinePages("Guidelines (May 2009), page 68"))
        .isEqualTo("Guidelines (May 2009),  ");
  }
}
