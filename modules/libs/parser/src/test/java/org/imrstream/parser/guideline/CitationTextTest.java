package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTextTest {

  @Test
  void cappedKeepsTheHeadOfAnOverlongParagraph() {
    assertThat(CitationText.capped("short")).isEqualTo("short");
    String hostile = "x".repeat(CitationText.MAX_PARSED_LENGTH + 100);
    assertThat(CitationText.capped(hostile)).hasSize(CitationText.MAX_PARSED_LENGTH);
  }

  @Test
  void stripEndDropsTheStatementsClosingPunctuation() {
    assertThat(CitationText.stripEnd(" Low Back Complaints 2004.;, "))
        .isEqualTo("Low Back Complaints 2004");
    assertThat(CitationText.stripEnd("(ODG)")).isEqualTo("(ODG)");
    assertThat(CitationText.stripEnd(" . ")).isEmpty();
  }

  @Test
  void cleanTrimsSeparatorsAndALeadingAnd() {
    assertThat(CitationText.clean(" - Special Studies: ")).isEqualTo("Special Studies");
    assertThat(CitationText.clean("\u2013 MRI.")).isEqualTo("MRI");
    assertThat(CitationText.clean("and Low Back")).isEqualTo("Low Back");
    assertThat(CitationText.clean("Andersen's test"))
        .as("only the word 'and'")
        .isEqualTo("Andersen's test");
    assertThat(CitationText.clean("Work-Relatedness"))
        .as("inner hyphens stay")
        .isEqualTo("Work-Relatedness");
  }

  @Test
  void listSplitsAtCommasAndSemicolonsAndDropsEmptyItems() {
    assertThat(CitationText.list("Initial Care, Physical Methods; Summary."))
        .containsExactly("Initial Care", "Physical Methods", "Summary");
    assertThat(CitationText.list("100-102, , 127")).containsExactly("100-102", "127");
    assertThat(CitationText.list(" . ")).isEmpty();
  }

  @Test
  void listKeepsSeparatorsInsideParenthesesAndBrackets() {
    assertThat(CitationText.list("Naproxen (Naprosyn, Anaprox [otc, DS]), NSAIDs (non-steroidal)"))
        .containsExactly("Naproxen (Naprosyn, Anaprox [otc, DS])", "NSAIDs (non-steroidal)");
    assertThat(CitationText.list("Opioids (for pain, Tramadol"))
        .as("an unclosed parenthesis opens nothing")
        .containsExactly("Opioids (for pain", "Tramadol");
    assertThat(CitationText.list("A), B (c, d)"))
        .as("a stray closing parenthesis closes nothing")
        .containsExactly("A)", "B (c, d)");
  }

  @Test
  void collapseBlanksLeavesOneBlankWhereAnAsideWasCut() {
    assertThat(CitationText.collapseBlanks("Therapy   guidelines  for pain"))
        .isEqualTo("Therapy guidelines for pain");
  }

  @Test
  void mayHaveIgnoresCase() {
    assertThat(CitationText.mayHave("Section(s):", "ECTION")).isTrue();
    assertThat(CitationText.mayHave("Page(s):", "ection")).isFalse();
  }
}
