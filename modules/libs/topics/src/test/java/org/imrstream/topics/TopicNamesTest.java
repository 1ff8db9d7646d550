package org.imrstream.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicNamesTest {

  @Test
  void withoutSettingsTheNamesAreTheDefaults() {
    TopicNames names = TopicNames.from(Map.of());
    assertThat(names.all()).containsExactlyInAnyOrderElementsOf(Topics.all());
    assertThat(names.decisions()).isEqualTo(Topics.DECISIONS);
    assertThat(names.rawLetters()).isEqualTo(Topics.RAW_LETTERS);
  }

  @Test
  void aVersionRenamesEveryOutputAndLeavesTheRawLettersWhereTheyAre() {
    TopicNames v2 = TopicNames.from(Map.of(TopicNames.VERSION, "2"));
    assertThat(v2.rawLetters()).isEqualTo(Topics.RAW_LETTERS);
    assertThat(v2.decisions()).isEqualTo("imr.decisions.v2");
    assertThat(v2.dashboardStats()).isEqualTo("imr.dashboard.guideline-stats.v2");
    assertThat(v2.all()).hasSameSizeAs(Topics.all()).doesNotHaveDuplicates();
    assertThat(v2.all().stream().filter(n -> !n.equals(Topics.RAW_LETTERS)))
        .allMatch(n -> n.endsWith(".v2"));
    assertThat(TopicNames.from(Map.of(TopicNames.VERSION, "v3")).decisions())
        .isEqualTo("imr.decisions.v3");
  }

  @Test
  void aVersionedNameKeepsItsKind() {
    TopicNames v2 = TopicNames.from(Map.of(TopicNames.VERSION, "2"));
    assertThat(Topics.isTable(v2.decisions())).isTrue();
    assertThat(Topics.isTable(v2.dailyCounts())).isTrue();
    assertThat(Topics.isLog(v2.lateDecisions())).isTrue();
    assertThat(Topics.isTable(v2.lateDecisions())).isFalse();
    // imr.decisions.late is a log of its own, not imr.decisions at some version.
    assertThat(Topics.isTable(Topics.LATE_DECISIONS)).isFalse();
    assertThat(TopicNames.unversioned("imr.decisions.v12")).isEqualTo(Topics.DECISIONS);
  }

  @Test
  void anotherRawTopicCanBeNamed() {
    TopicNames names = TopicNames.from(Map.of(TopicNames.RAW, "bench.raw"));
    assertThat(names.rawLetters()).isEqualTo("bench.raw");
    assertThat(names.pipeline()).contains("bench.raw").doesNotContain(Topics.RAW_LETTERS);
  }

  @Test
  void aVersionThatIsNotAWholeNumberIsRefusedWithTheSettingNamed() {
    assertThatThrownBy(() -> TopicNames.from(Map.of(TopicNames.VERSION, "late")))
        .hasMessageContaining(TopicNames.VERSION);
    assertThatThrownBy(() -> TopicNames.from(Map.of(TopicNames.VERSION, "0")))
        .hasMessageContaining(TopicNames.VERSION);
  }
}
