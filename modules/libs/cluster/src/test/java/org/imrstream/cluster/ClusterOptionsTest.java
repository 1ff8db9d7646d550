package org.imrstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
