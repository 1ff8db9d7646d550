package org.imrstream.pipelinebench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountsLagTest {

  private static final long MS = 1_000_000;

  @Test
  void eachLetterIsReflectedWhenTheTotalCoversItAndEveryEarlierLetter() {
    List<CountsLag.Acked> letters =
        List.of(new CountsLag.Acked(0, 2), new CountsLag.Acked(10 * MS, 1));
    // base 100: the first letter's 2 decisions at 50 ms, the second's at 70 ms
    List<CountsLag.Sample> samples =
        List.of(
            new CountsLag.Sample(30 * MS, 101),
            new CountsLag.Sample(50 * MS, 102),
            new CountsLag.Sample(70 * MS, 103));

    CountsLag.Result result = CountsLag.of(letters, 100, samples);

    assertThat(result.unreflected()).isZero();
    Percentiles lags = result.lags().percentiles();
    assertThat(lags.count()).isEqualTo(2);
    assertThat(lags.maxMs()).isCloseTo(60.0, within(0.1)); // letter 2: 70 - 10
    assertThat(lags.p50Ms()).isCloseTo(50.0, within(0.1)); // letter 1: 50 - 0
  }

  @Test
  void lettersAreTakenInTheOrderTheyWereAcknowledged() {
    List<CountsLag.Acked> letters =
        List.of(new CountsLag.Acked(20 * MS, 1), new CountsLag.Acked(5 * MS, 1));
    List<CountsLag.Sample> samples =
        List.of(new CountsLag.Sample(25 * MS, 1), new CountsLag.Sample(40 * MS, 2));

    Percentiles lags = CountsLag.of(letters, 0, samples).lags().percentiles();

    assertThat(lags.p50Ms()).isCloseTo(20.0, within(0.1)); // acked at 5, covered at 25
    assertThat(lags.maxMs()).isCloseTo(20.0, within(0.1)); // acked at 20, covered at 40
  }

  @Test
  void oneUpdateMayCoverSeveralLetters() {
    List<CountsLag.Acked> letters =
        List.of(
            new CountsLag.Acked(0, 1), new CountsLag.Acked(MS, 1), new CountsLag.Acked(2 * MS, 1));

    CountsLag.Result result = CountsLag.of(letters, 0, List.of(new CountsLag.Sample(9 * MS, 3)));

    assertThat(result.lags().count()).isEqualTo(3);
    assertThat(result.lags().percentiles().maxMs()).isCloseTo(9.0, within(0.1));
  }

  @Test
  void lettersTheTotalNeverCoversAreUnreflected() {
    List<CountsLag.Acked> letters =
        List.of(
            new CountsLag.Acked(0, 1), new CountsLag.Acked(MS, 2), new CountsLag.Acked(2 * MS, 1));

    CountsLag.Result result = CountsLag.of(letters, 0, List.of(new CountsLag.Sample(5 * MS, 2)));

    assertThat(result.lags().count()).isEqualTo(1);
    assertThat(result.unreflected()).isEqualTo(2);
  }
}
