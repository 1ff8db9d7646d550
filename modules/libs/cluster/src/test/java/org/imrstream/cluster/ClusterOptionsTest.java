package org.imrstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ClusterOptionsTest {

  @Command(name = "t")
  static final class Host implements Runnable {
    @Mixin ClusterOptions cluster;

    @Override
    public void run() {}
  }

  private static ClusterOptions parse(String... args) {
    Host host = new Host();
    new CommandLine(host).parseArgs(args);
    return host.cluster;
  }

  @Test
  void defaultsWhenNothingIsSaid() {
    Properties props = parse().properties(Map.of());
    assertThat(props.getProperty("bootstrap.servers")).isEqualTo("localhost:9092");
    assertThat(props.getProperty("schema.registry.url")).isEqualTo("http://localhost:8081");
  }

  @Test
  void environmentThenFileThenOptions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("client.properties");
    Files.writeString(
        file, "security.protocol=SASL_SSL\nbootstrap.servers=file:9092\nlinger.ms=7\n");

    Properties fromEnv =
        parse()
            .properties(Map.of("IMR_BOOTSTRAP_SERVERS", "env:9092", "IMR_CONFIG", file.toString()));
    assertThat(fromEnv.getProperty("bootstrap.servers"))
        .as("the file wins over the environment")
        .isEqualTo("file:9092");
    assertThat(fromEnv.getProperty("security.protocol")).isEqualTo("SASL_SSL");
    assertThat(fromEnv.getProperty("linger.ms")).as("passed through unchanged").isEqualTo("7");

    Properties explicit =
        parse(
                "--config",
                file.toString(),
                "--bootstrap-servers",
                "cli:9092",
                "--schema-registry-url",
                "mock://x")
            .properties(Map.of("IMR_SCHEMA_REGISTRY_URL", "http://env:8081"));
    assertThat(explicit.getProperty("bootstrap.servers")).isEqualTo("cli:9092");
    assertThat(explicit.getProperty("schema.registry.url")).isEqualTo("mock://x");
  }

  @Test
  void kafkaSettingsFromTheEnvironmentRankBelowTheFileAndTheOptions(@TempDir Path dir)
      throws IOException {
    Map<String, String> env =
        Map.of(
            "IMR_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "IMR_KAFKA_SASL_MECHANISM", "PLAIN",
            "IMR_KAFKA_LINGER_MS", "3",
            "IMR_KAFKA_BOOTSTRAP_SERVERS", "generic:9092",
            "IMR_KAFKA_LOG_LEVEL", "DEBUG");

    Properties fromEnv = parse().properties(env);
    assertThat(fromEnv.getProperty("security.protocol")).isEqualTo("SASL_SSL");
    assertThat(fromEnv.getProperty("sasl.mechanism")).isEqualTo("PLAIN");
    assertThat(fromEnv.getProperty("bootstrap.servers"))
        .as("the environment wins over the defaults")
        .isEqualTo("generic:9092");
    assertThat(fromEnv).doesNotContainKey("log.level");

    Path file = dir.resolve("client.properties");
    Files.writeString(file, "linger.ms=7\n");
    Properties withFile =
        parse("--config", file.toString(), "--bootstrap-servers", "cli:9092").properties(env);
    assertThat(withFile.getProperty("linger.ms")).as("the file wins").isEqualTo("7");
    assertThat(withFile.getProperty("sasl.mechanism")).isEqualTo("PLAIN");
    assertThat(withFile.getProperty("bootstrap.servers")).as("options win").isEqualTo("cli:9092");
  }

  @Test
  void theDedicatedVariablesWinOverTheirGenericSpelling() {
    Properties props =
        parse()
            .properties(
                Map.of(
                    "IMR_KAFKA_BOOTSTRAP_SERVERS", "generic:9092",
                    "IMR_BOOTSTRAP_SERVERS", "dedicated:9092",
                    "IMR_KAFKA_SCHEMA_REGISTRY_URL", "http://generic:8081",
                    "IMR_SCHEMA_REGISTRY_URL", "http://dedicated:8081"));
    assertThat(props.getProperty("bootstrap.servers")).isEqualTo("dedicated:9092");
    assertThat(props.getProperty("schema.registry.url")).isEqualTo("http://dedicated:8081");
  }

  @Test
  void theMergedSettingsAreLoggedAtDebugWithSecretsMasked() {
    Logger logger = (Logger) LoggerFactory.getLogger(ClusterOptions.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level before = logger.getLevel();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    try {
      parse()
          .properties(
              Map.of(
                  "IMR_KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required password=\"pw-42\";",
                  "IMR_KAFKA_BASIC_AUTH_USER_INFO", "user:pw-43",
                  "IMR_SCHEMA_REGISTRY_URL", "https://user:pw-44@registry:8081"));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
      logger.setAdditive(true);
    }
    assertThat(appender.list).hasSize(1);
    String line = appender.list.get(0).getFormattedMessage();
    assertThat(line)
        .contains("sasl.jaas.config=[hidden]", "basic.auth.user.info=[hidden]")
        .contains("schema.registry.url=https://[hidden]@registry:8081")
        .doesNotContain("pw-42", "pw-43", "pw-44");
  }
}
