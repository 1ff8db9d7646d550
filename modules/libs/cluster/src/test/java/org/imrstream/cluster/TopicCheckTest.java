package org.imrstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

class TopicCheckTest {

  @Test
  void aTableWithTheBrokersDefaultTimeRetentionIsRefusedNamingTheSetting() {
    List<String> problems =
        TopicCheck.problems(
            Topics.DECISIONS,
            config(
                Map.of(
                    "cleanup.policy",
                    "delete",
                    "retention.ms",
                    "604800000",
                    "retention.bytes",
                    "-1")));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0))
        .contains("topic imr.decisions")
        .contains("cleanup.policy=delete")
        .contains("compact");
    assertThat(problems.get(1)).contains("retention.ms=604800000").contains("retention.ms=-1");
  }

  @Test
  void lettersWithTimeOrSizeRetentionOrCompactionAreRefused() {
    assertThat(
            TopicCheck.problems(
                Topics.RAW_LETTERS,
                config(
                    Map.of(
                        "cleanup.policy",
                        "delete",
                        "retention.ms",
                        "-1",
                        "retention.bytes",
                        "1073741824"))))
        .singleElement()
        .asString()
        .contains("retention.bytes=1073741824");
    assertThat(
            TopicCheck.problems(
                Topics.DEAD_LETTERS,
                config(
                    Map.of(
                        "cleanup.policy",
                        "compact",
                        "retention.ms",
                        "-1",
                        "retention.bytes",
                        "-1"))))
        .singleElement()
        .asString()
        .contains("compaction would drop");
  }

  @Test
  void theTopicsAsCreatedPassTheCheck() {
    for (String topic : Topics.all()) {
      Map<String, String> created = TopicCreator.configFor(topic, (short) 3);
      assertThat(TopicCheck.problems(topic, config(created))).as(topic).isEmpty();
      assertThat(created).as(topic).containsEntry("min.insync.replicas", "2");
    }
    assertThat(TopicCreator.configFor(Topics.RAW_LETTERS, (short) 1))
        .doesNotContainKey("min.insync.replicas");
  }

  @Test
  void aCompactedTableThatAlsoDeletesByTimeIsRefused() {
    assertThat(
            TopicCheck.problems(
                Topics.GUIDELINE_COUNTS,
                config(
                    Map.of(
                        "cleanup.policy",
                        "compact,delete",
                        "retention.ms",
                        "86400000",
                        "retention.bytes",
                        "-1"))))
        .singleElement()
        .asString()
        .contains("retention.ms=86400000");
  }

  private static Config config(Map<String, String> values) {
    return new Config(
        values.entrySet().stream().map(e -> new ConfigEntry(e.getKey(), e.getValue())).toList());
  }
}
