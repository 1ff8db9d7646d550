package org.imrstream.pipeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.command.OneLineFailures;
import org.imrstream.pipeline.PipelineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The parts of {@code imr replay} that need no cluster: which topics are the application's, the
 * date-time option, the plan as printed, and a refusal in one line. The whole command runs against
 * a real cluster in modules/dev's ReplayIT.
 */
class ReplayCommandTest {

  private static final List<String> TOPICS =
      List.of(
          "imr.letters.raw",
          "imr.decisions",
          "imr-streams-letters-by-id-repartition",
          "imr-streams-letter-versions-changelog",
          "imr-streams-late-router-stream-time-changelog",
          "imr-streams-v2-letters-by-id-repartition",
          "imr-streams-v2-letter-versions-changelog",
          "imr-streams-notes",
          "imr-sink-guideline-stats-changelog",
          "other-imr-streams-x-changelog");

  @Test
  void internalTopicsAreTheApplicationsRepartitionAndChangelogTopics() {
    InternalTopics.Found found =
        InternalTopics.of("imr-streams", TOPICS, List.of("imr-streams", "imr-sink"));
    assertThat(found.internal())
        .containsExactly(
            "imr-streams-late-router-stream-time-changelog",
            "imr-streams-letter-versions-changelog",
            "imr-streams-letters-by-id-repartition",
            "imr-streams-v2-letter-versions-changelog",
            "imr-streams-v2-letters-by-id-repartition");
  }

  @Test
  void topicsOfAnApplicationWhoseIdExtendsThisOneAreLeftAlone() {
    InternalTopics.Found found =
        InternalTopics.of("imr-streams", TOPICS, List.of("imr-streams", "imr-streams-v2"));
    assertThat(found.internal())
        .containsExactly(
            "imr-streams-late-router-stream-time-changelog",
            "imr-streams-letter-versions-changelog",
            "imr-streams-letters-by-id-repartition");
    assertThat(found.leftAlone())
        .containsOnlyKeys(
            "imr-streams-v2-letter-versions-changelog", "imr-streams-v2-letters-by-id-repartition")
        .containsValue("imr-streams-v2");
  }

  @Test
  void dateTimesAreIso8601WithOrWithoutOffsetOrADate() {
    DateTimeConverter converter = new DateTimeConverter();
    assertThat(converter.convert("2024-03-01T12:00:00Z"))
        .isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
    assertThat(converter.convert("2024-03-01T12:00:00+01:00"))
        .isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    assertThat(converter.convert("2024-03-01T12:00:00.250-02:00"))
        .isEqualTo(Instant.parse("2024-03-01T14:00:00.250Z"));
    assertThat(converter.convert("2024-03-01T12:00"))
        .isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
    assertThat(converter.convert("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThatThrownBy(() -> converter.convert("yesterday"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void aBadDateTimeIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ReplayCommand());
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("--to-datetime", "01/03/2024")).isEqualTo(2);
    assertThat(err.toString()).contains("--to-datetime").contains("ISO-8601");
  }

  @Test
  void theStateDirectoryIsTheOneImrStreamsUses() {
    Properties props = new Properties();
    assertThat(ReplayCommand.stateDir(props))
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams"));
    props.put(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/imr");
    assertThat(ReplayCommand.stateDir(props)).isEqualTo(Path.of("/var/lib/imr"));
  }

  @Test
  void theApplicationIdAndStateDirAreResolvedAsImrStreamsResolvesThem(@TempDir Path dir)
      throws Exception {
    Path config = Files.writeString(dir.resolve("client.properties"), "application.id=from-file\n");
    String[][] cases = {
      {},
      {"--application-id", "imr-streams-v2", "--state-dir", dir.resolve("state").toString()},
      {"--config", config.toString()},
      {"--config", config.toString(), "--application-id", "option-wins"}
    };
    for (String[] args : cases) {
      ReplayCommand replay = new ReplayCommand();
      new CommandLine(replay).parseArgs(args);
      StreamsCommand streams = new StreamsCommand();
      new CommandLine(streams).parseArgs(args);
      Properties expected = streams.app.properties(PipelineSettings.DEFAULT_APPLICATION_ID);
      Properties actual = replay.properties();
      assertThat(actual.getProperty(StreamsConfig.APPLICATION_ID_CONFIG))
          .isEqualTo(expected.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
      assertThat(ReplayCommand.stateDir(actual)).isEqualTo(ReplayCommand.stateDir(expected));
    }
  }

  @Test
  void theDryRunPlanSaysWhatWouldBeDone() {
    TreeMap<Integer, ApplicationReset.Offsets> offsets = new TreeMap<>();
    offsets.put(0, new ApplicationReset.Offsets(1520L, 0, 1520));
    offsets.put(1, new ApplicationReset.Offsets(null, 0, 3));
    ApplicationReset.Plan plan =
        new ApplicationReset.Plan(
            "imr-streams",
            "consumer group imr-streams is Empty (no members)",
            "imr.letters.raw",
            null,
            offsets,
            List.of("imr-streams-letters-by-id-repartition"),
            Map.of("imr-streams-v2-x-changelog", "imr-streams-v2"),
            Set.of(new TopicPartition("imr-streams-letters-by-id-repartition", 0)),
            Path.of("/state/imr-streams"),
            true);

    assertThat(ApplicationReset.describe(plan))
        .containsExactly(
            "would reset imr.letters.raw-0 to offset 0 (the beginning; committed 1520, end 1520)",
            "would reset imr.letters.raw-1 to offset 0 (the beginning; committed none, end 3)",
            "would delete the committed offsets of 1 partition(s) of internal topics",
            "would delete topic imr-streams-letters-by-id-repartition",
            "left alone imr-streams-v2-x-changelog (it belongs to application imr-streams-v2)",
            "would delete local state /state/imr-streams");
    assertThat(plan.recordsToReprocess()).isEqualTo(1523);
  }

  @Test
  void anApplicationIdThatCouldLeaveTheStateDirIsRefusedBeforeAnythingElse() {
    for (String id : new String[] {"../etc", "..", "a/b"}) {
      StringWriter err = new StringWriter();
      CommandLine cli =
          new CommandLine(new ReplayCommand()).setExecutionExceptionHandler(new OneLineFailures());
      cli.setErr(new PrintWriter(err, true));
      assertThat(cli.execute("--application-id", id, "--bootstrap-servers", "127.0.0.1:1"))
          .isEqualTo(1);
      assertThat(err.toString()).contains("application id '" + id + "'");
    }
  }

  @Test
  void anUnreachableClusterIsOneLineNamingTheServers() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new ReplayCommand()).setExecutionExceptionHandler(new OneLineFailures());
    cli.setErr(new PrintWriter(err, true));
    long started = System.nanoTime();
    int exit = cli.execute("--bootstrap-servers", "127.0.0.1:1", "--timeout", "2s", "--dry-run");
    assertThat(exit).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(err.toString().strip()).startsWith("replay: cannot reach Kafka at 127.0.0.1:1");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }
}
