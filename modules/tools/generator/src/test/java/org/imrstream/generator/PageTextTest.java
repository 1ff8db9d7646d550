package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextTest {

  private final PageText page = new PageText(new Dice(1));

  @Test
  void wrapsAtTheWidthWithoutLosingOrSplittingWords() {
    String paragraph =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
    String text = page.paragraph(paragraph, 20).toString();
    for (String line : text.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(21);
      assertThat(line).endsWith(" ");
    }
    assertThat(Letters.folded(text)).isEqualTo(paragraph);
  }

  @Test
  void keepsTwoSpacesInsideALineAndDropsThemAtABreak() {
    String text =
        page.paragraph("First sentence.  Second one.  Third sentence here.", 30).toString();
    assertThat(text).isEqualTo("First sentence.  Second one. \nThird sentence here. \n");
  }

  @Test
  void givesAnOverlongWordALineOfItsOwn() {
    String text =
        page.paragraph("see https://www.example.org/a/very/long/address/indeed today", 20)
            .toString();
    assertThat(text)
        .isEqualTo("see \nhttps://www.example.org/a/very/long/address/indeed \ntoday \n");
  }

  @Test
  void blankLinesHoldOneSpaceAsPdfBoxWritesThem() {
    assertThat(page.line("HEADING").blank().toString()).isEqualTo("HEADING \n \n");
  }
}
