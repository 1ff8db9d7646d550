package org.imrstream.pipelinebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void formatsFiguresWithGroupedThousands() {
    assertThat(Numbers.fixed(1234.567, 1)).isEqualTo("1,234.6");
    assertThat(Numbers.whole(20000)).isEqualTo("20,000");
    assertThat(Numbers.percent(0.256)).isEqualTo("25.6");
    assertThat(Numbers.mebibytes(256L * 1024 * 1024)).isEqualTo("256.0");
  }

  @Test
  void aFigureNotMeasuredIsADash() {
    assertThat(Numbers.fixed(Double.NaN, 2)).isEqualTo("-");
    assertThat(Numbers.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("-");
    assertThat(Numbers.mebibytes(-1)).isEqualTo("-");
  }
}
