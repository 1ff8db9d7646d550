package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.imrstream.command.DurationConverter;
import org.imrstream.command.OneLineFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProduceCommandTest {

  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new ProduceCommand())
        .setExecutionExceptionHandler(new OneLineFailures())
        .setErr(new PrintWriter(err, true))
        .setOut(new PrintWriter(out, true))
        .execute(args);
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--bootstrap-servers",
            "--topic",
            "--config",
            "--watch",
            "--poll-interval",
            "--no-progress",
            "PATH",
            "imr.letters.raw");
  }

  @Test
  void withNothingToPublishItSaysWhat() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("give PATH... or --watch DIR");
  }

  @Test
  void anUnreachableClusterFailsWithinTheTimeoutInOneLineNamingTheServers(@TempDir Path dir) {
    long started = System.nanoTime();
    assertThat(
            run(
                "--bootstrap-servers",
                "127.0.0.1:1",
                "--timeout",
                "2s",
                "--no-progress",
                dir.resolve("a.txt").toString()))
        .isEqualTo(OneLineFailures.FAILED);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(err.toString().strip())
        .startsWith("produce: cannot reach Kafka at 127.0.0.1:1 within 2 s")
        .doesNotContain("\tat ")
        .doesNotContain("\n");
  }

  @Test
  void pollIntervalsReadAsPeopleWriteThem() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(converter.convert("0.25s")).isEqualTo(Duration.ofMillis(250));
    assertThat(converter.convert("1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(converter.convert("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> converter.convert("soon"))
        .isInstanceOf(CommandLine.TypeConversionException.class);
    assertThatThrownBy(() -> converter.convert("0s")).hasMessageContaining("longer than zero");
  }
}
