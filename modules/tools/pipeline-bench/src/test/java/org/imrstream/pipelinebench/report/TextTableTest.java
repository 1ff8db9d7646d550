package org.imrstream.pipelinebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsLabelsLeftAndFiguresRightInColumnsAsWideAsTheirWidestCell() {
    String text =
        new TextTable("Produce", "path", "letters/s", "MB/s")
            .row("bare loop", "1,234", "7.5")
            .row("imr produce", "617", "3.7")
            .note("MB = 10^6 bytes")
            .render();

    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "Produce",
                "path         letters/s  MB/s",
                "----------------------------",
                "bare loop        1,234   7.5",
                "imr produce        617   3.7",
                "MB = 10^6 bytes",
                ""));
  }

  @Test
  void missingCellsAreBlankAndLinesCarryNoTrailingSpaces() {
    String text = new TextTable("t", "figure", "a", "b").row("ratio", "0.5").render();

    assertThat(text.lines()).contains("ratio   0.5");
    assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void aRowWiderThanTheHeaderIsAMistake() {
    assertThatThrownBy(() -> new TextTable("t", "one").row("a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
