package org.imrstream.pipelinebench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {

  @Test
  void lettersAreDueAtFixedIntervalsFromTheStart() {
    FixedRateSchedule schedule = new FixedRateSchedule(200, 1_000);

    assertThat(schedule.dueNanos(0)).isEqualTo(1_000);
    assertThat(schedule.dueNanos(1)).isEqualTo(1_000 + 5_000_000);
    assertThat(schedule.dueNanos(200)).isEqualTo(1_000 + 1_000_000_000);
  }

  @Test
  void dueTimesDoNotDriftAtRatesThatDoNotDivideASecond() {
    FixedRateSchedule schedule = new FixedRateSchedule(3, 0);

    assertThat(schedule.dueNanos(3_000)).isEqualTo(1_000_000_000_000L);
  }

  @Test
  void lettersOfARun() {
    assertThat(FixedRateSchedule.letters(500, 30)).isEqualTo(15_000);
    assertThat(FixedRateSchedule.letters(0.1, 1)).isEqualTo(1);
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new FixedRateSchedule(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 0");
  }

  @Test
  void waitsUntilALetterIsDueAndSaysHowLateItIsOtherwise() throws InterruptedException {
    long[] now = {0};
    List<Long> sleeps = new ArrayList<>();
    Pacer pacer =
        new Pacer(
            new FixedRateSchedule(100, 0),
            () -> now[0],
            nanos -> {
              sleeps.add(nanos);
              now[0] += nanos;
            });

    assertThat(pacer.awaitTurn(0)).isZero(); // due now: no wait
    now[0] = 4_000_000;
    assertThat(pacer.awaitTurn(1)).isZero(); // due at 10 ms: waits 6 ms
    now[0] = 35_000_000;
    assertThat(pacer.awaitTurn(2)).isEqualTo(15_000_000); // due at 20 ms: 15 ms late, no wait

    assertThat(sleeps).containsExactly(6_000_000L);
  }
}
