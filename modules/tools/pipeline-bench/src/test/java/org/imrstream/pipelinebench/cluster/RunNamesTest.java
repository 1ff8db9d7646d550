package org.imrstream.pipelinebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunNamesTest {

  @Test
  void everyNameOfARunStartsWithItsId() {
    RunNames names =
        RunNames.fresh(Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));

    assertThat(names.runId()).matches("bench-20261123-101500-[0-9a-f]{4}");
    assertThat(names.rawTopic("text")).isEqualTo(names.runId() + "-text-raw");
    assertThat(names.passThroughOutput("pdf")).isEqualTo(names.runId() + "-pdf-pass-through-out");
    assertThat(names.applicationId("steady", "pipeline"))
        .isEqualTo(names.runId() + "-steady-pipeline");
    assertThat(List.of(names.rawTopic("text"), names.applicationId("text", "pipeline")))
        .allMatch(name -> name.startsWith(names.prefix()));
  }

  @Test
  void twoRunsInOneSecondDiffer() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    // 1 in 65,536 that two draws collide: try a few times
    boolean differ = false;
    for (int i = 0; i < 5 && !differ; i++) {
      differ = !RunNames.fresh(clock).runId().equals(RunNames.fresh(clock).runId());
    }
    assertThat(differ).isTrue();
  }

  @Test
  void theFirstFreeVersionIsAboveEveryVersionInUse() {
    assertThat(RunNames.firstFreeVersion(List.of("imr.decisions", "imr.letters.raw"))).isEqualTo(2);
    assertThat(
            RunNames.firstFreeVersion(
                List.of("imr.decisions.v2", "imr.guideline.counts.v7", "imr.decisions")))
        .isEqualTo(8);
  }

  @Test
  void namesThatOnlyLookVersionedDoNotCount() {
    assertThat(
            RunNames.firstFreeVersion(
                List.of("imr.decisions.late", "my.v2topic", "x.v99999999999999999999")))
        .isEqualTo(2);
  }
}
