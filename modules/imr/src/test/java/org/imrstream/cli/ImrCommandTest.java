package org.imrstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * How the imr command answers a user's mistakes: one line each, never a stack trace or a page of
 * usage.
 */
class ImrCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine imr = ImrCommand.commandLine();
    imr.setErr(new PrintWriter(err, true));
    imr.setOut(new PrintWriter(new StringWriter(), true));
    return imr.execute(args);
  }

  @Test
  void aBadOptionValueIsOneLineNamingTheOptionAndExitStatus2() {
    assertThat(run("streams", "--partitions", "many")).isEqualTo(2);
    assertThat(err.toString())
        .contains("imr streams: ")
        .contains("--partitions")
        .contains("many")
        .contains("see 'imr streams --help'");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void anUnknownOptionIsOneLine() {
    assertThat(run("sink", "--bootstrap", "x")).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("--bootstrap");
  }

  @Test
  void aFailingCommandIsOneLineWithStatus1() {
    assertThat(run("streams", "--config", "/nonexistent/imr.properties")).isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("imr streams: cannot read the config file /nonexistent/imr.properties")
        .doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }
}
