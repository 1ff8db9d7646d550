package org.imrstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.command.CommandFailure;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.topics.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Where the HTTP settings come from: defaults, environment, config file, options, in that order.
 */
class StreamsAppOptionsTest {

  @Command(name = "job")
  static final class Job {
    @Mixin StreamsAppOptions app;
  }

  @TempDir Path dir;

  @Test
  void aTopicsVersionNamesTheOutputsAndTheStreamsDeadLetterQueue() {
    Properties live = parse().properties("imr-streams", Map.of());
    assertThat(TopicNames.from(live).decisions()).isEqualTo("imr.decisions");

    Properties v2 = parse("--topics-version", "2").properties("imr-streams-v2", Map.of());
    assertThat(TopicNames.from(v2).decisions()).isEqualTo("imr.decisions.v2");
    assertThat(v2.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG))
        .isEqualTo("imr.letters.dlq.v2");

    Properties fromEnv = parse().properties("imr-streams-v3", Map.of("IMR_TOPICS_VERSION", "3"));
    assertThat(TopicNames.from(fromEnv).dailyCounts()).isEqualTo("imr.guideline.counts.daily.v3");

    assertThatThrownBy(() -> parse("--topics-version", "next").properties("imr-streams", Map.of()))
        .hasMessageContaining(TopicNames.VERSION);
  }

  @Test
  void noHttpServerUnlessAPortIsGiven() {
    Properties props = parse().properties("imr-streams", Map.of());
    assertThat(HttpSettings.from(props)).isEmpty();
    assertThat(props).doesNotContainKeys(HttpSettings.PORT, HttpSettings.HOST);
  }

  @Test
  void theEnvironmentGivesAPortOnLoopback() {
    Properties props = parse().properties("imr-streams", Map.of("IMR_HTTP_PORT", "9100"));
    assertThat(HttpSettings.from(props)).contains(new HttpSettings("127.0.0.1", 9100));
  }

  @Test
  void theConfigFileWinsOverTheEnvironmentAndTheOptionsOverBoth() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("client.properties"), "imr.http.port=9200\nimr.http.host=0.0.0.0\n");
    Map<String, String> env = Map.of("IMR_HTTP_PORT", "9100", "IMR_HTTP_HOST", "10.0.0.1");

    Properties fromFile = parse("--config", config.toString()).properties("imr-streams", env);
    assertThat(HttpSettings.from(fromFile)).contains(new HttpSettings("0.0.0.0", 9200));

    Properties fromOptions =
        parse("--config", config.toString(), "--http-port", "9300", "--http-host", "localhost")
            .properties("imr-streams", env);
    assertThat(HttpSettings.from(fromOptions)).contains(new HttpSettings("localhost", 9300));

    Properties hostFromEnv =
        parse("--http-port", "9300").properties("imr-streams", Map.of("IMR_HTTP_HOST", "0.0.0.0"));
    assertThat(HttpSettings.from(hostFromEnv)).contains(new HttpSettings("0.0.0.0", 9300));
  }

  @Test
  void aBadPortFailsBeforeTheCommandDoesAnything() {
    StreamsAppOptions options = parse("--http-port", "70000");
    assertThatThrownBy(() -> options.properties("imr-streams", Map.of()))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("not '70000'");
  }

  @Test
  void theRunnerGetsTheHttpSettingsAndKafkaNeverDoes() {
    Properties props = parse("--http-port", "9100").properties("imr-streams", Map.of());
    props.put("imr.window.size.days", "30");

    Properties forRunner = StreamsSettings.kafkaOnly(props);
    assertThat(forRunner)
        .containsEntry(HttpSettings.PORT, "9100")
        .doesNotContainKey("imr.window.size.days");
    assertThat(HttpSettings.without(forRunner).keySet())
        .noneMatch(key -> key.toString().startsWith("imr."));
  }

  private static StreamsAppOptions parse(String... args) {
    Job job = new Job();
    new CommandLine(job).parseArgs(args);
    return job.app;
  }
}
