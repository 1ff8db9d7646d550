package org.imrstream.pipelinebench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyDistributionTest {

  @Test
  void percentilesOfOneToAHundredMilliseconds() {
    LatencyDistribution latencies = new LatencyDistribution();
    for (int ms = 100; ms >= 1; ms--) { // order does not matter
      latencies.recordNanos(ms * 1_000_000L);
    }

    Percentiles p = latencies.percentiles();

    assertThat(p.count()).isEqualTo(100);
    // three significant digits: within 0.1% of the exact value
    assertThat(p.p50Ms()).isCloseTo(50, within(0.05));
    assertThat(p.p95Ms()).isCloseTo(95, within(0.1));
    assertThat(p.p99Ms()).isCloseTo(99, within(0.1));
    assertThat(p.maxMs()).isCloseTo(100, within(0.1));
  }

  @Test
  void oneSlowLetterIsThePercentileOfTheTail() {
    LatencyDistribution latencies = new LatencyDistribution();
    for (int i = 0; i < 999; i++) {
      latencies.recordNanos(10_000_000L);
    }
    latencies.recordNanos(5_000_000_000L);

    Percentiles p = latencies.percentiles();

    assertThat(p.p99Ms()).isCloseTo(10, within(0.01));
    assertThat(p.maxMs()).isCloseTo(5000, within(5.0));
  }

  @Test
  void negativeDurationsCountAsZero() {
    LatencyDistribution latencies = new LatencyDistribution();
    latencies.recordNanos(-3_000);

    assertThat(latencies.percentiles().maxMs()).isZero();
  }

  @Test
  void nothingRecordedIsEmpty() {
    assertThat(new LatencyDistribution().percentiles()).isEqualTo(Percentiles.EMPTY);
    assertThat(Percentiles.EMPTY.p99Ms()).isNaN();
  }
}
