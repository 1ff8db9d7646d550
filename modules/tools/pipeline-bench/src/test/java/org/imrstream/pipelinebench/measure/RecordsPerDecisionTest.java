package org.imrstream.pipelinebench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrstream.pipelinebench.measure.TopicWrites.Kind.CHANGELOG;
import static org.imrstream.pipelinebench.measure.TopicWrites.Kind.OUTPUT;
import static org.imrstream.pipelinebench.measure.TopicWrites.Kind.REPARTITION;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsPerDecisionTest {

  private final RecordsPerDecision writes =
      new RecordsPerDecision(
          List.of(
              new TopicWrites("app-letter-versions-changelog", CHANGELOG, 100, false),
              new TopicWrites("app-counts-changelog", CHANGELOG, 150, false),
              new TopicWrites("app-letters-by-id-repartition", REPARTITION, 110, true),
              new TopicWrites("imr.decisions.v2", OUTPUT, 200, false)),
          200);

  @Test
  void dividesEachFigureByTheDecisions() {
    assertThat(writes.perDecision(100)).isEqualTo(0.5);
    assertThat(writes.records(CHANGELOG)).isEqualTo(250);
    assertThat(writes.perDecision(CHANGELOG)).isEqualTo(1.25);
    assertThat(writes.perDecision(REPARTITION)).isEqualTo(0.55);
    assertThat(writes.perDecision(OUTPUT)).isEqualTo(1.0);
    assertThat(writes.records()).isEqualTo(560);
    assertThat(writes.perDecision()).isEqualTo(2.8);
  }

  @Test
  void saysWhereEndOffsetsStandInForRecords() {
    assertThat(writes.anyUpperBound()).isTrue();
    assertThat(writes.anyUpperBound(REPARTITION)).isTrue();
    assertThat(writes.anyUpperBound(CHANGELOG)).isFalse();
  }

  @Test
  void withoutDecisionsNoRatioIsAFigure() {
    RecordsPerDecision none = new RecordsPerDecision(writes.topics(), 0);

    assertThat(none.perDecision()).isNaN();
    assertThat(none.perDecision(CHANGELOG)).isNaN();
    assertThat(none.records()).isEqualTo(560);
  }

  @Test
  void aKindWithoutTopicsWritesNothing() {
    RecordsPerDecision changelogsOnly =
        new RecordsPerDecision(
            List.of(new TopicWrites("app-counts-changelog", CHANGELOG, 10, false)), 5);

    assertThat(changelogsOnly.records(OUTPUT)).isZero();
    assertThat(changelogsOnly.perDecision(OUTPUT)).isZero();
    assertThat(changelogsOnly.anyUpperBound()).isFalse();
  }
}
