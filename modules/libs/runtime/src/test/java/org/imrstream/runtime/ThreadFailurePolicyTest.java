package org.imrstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

  private final RuntimeException failure = new IllegalStateException("registry away");

  @Test
  void aFailedThreadIsReplacedUntilFailuresRepeatWithinTheWindow() {
    ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(10));
    assertThat(policy.replaceAfter(failure, 0)).isTrue();
    assertThat(policy.replaceAfter(failure, 1_000)).isTrue();
    assertThat(policy.replaceAfter(failure, 2_000)).isTrue();
    assertThat(policy.replaceAfter(failure, 3_000)).as("a fourth failure in ten minutes").isFalse();
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    ThreadFailurePolicy policy = new ThreadFailurePolicy(1, Duration.ofMinutes(10));
    assertThat(policy.replaceAfter(failure, 0)).isTrue();
    assertThat(policy.replaceAfter(failure, Duration.ofMinutes(11).toMillis())).isTrue();
  }

  @Test
  void aMissingTopicStopsAtOnce() {
    ThreadFailurePolicy policy = ThreadFailurePolicy.defaults();
    assertThat(
            policy.replaceAfter(
                new StreamsException(new MissingSourceTopicException("imr.letters.raw")), 0))
        .isFalse();
  }
}
