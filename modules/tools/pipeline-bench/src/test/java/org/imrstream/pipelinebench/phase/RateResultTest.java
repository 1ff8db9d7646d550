package org.imrstream.pipelinebench.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateResultTest {

  @Test
  void sustainedWhenTheSenderKeptTheRateAndThePipelineDrainedSoon() {
    assertThat(RateResult.isSustained(200, 199.5, 0, true, 1.2)).isTrue();
  }

  @Test
  void notSustainedWhenTheSenderFellBehind() {
    assertThat(RateResult.isSustained(500, 450, 0, true, 1.2)).isFalse();
  }

  @Test
  void notSustainedWhenABacklogTookLongToDrainOrNeverDid() {
    assertThat(RateResult.isSustained(500, 500, 0, true, 12)).isFalse();
    assertThat(RateResult.isSustained(500, 500, 0, false, 60)).isFalse();
  }

  @Test
  void notSustainedWhenASendFailed() {
    assertThat(RateResult.isSustained(50, 50, 1, true, 0.5)).isFalse();
  }
}
