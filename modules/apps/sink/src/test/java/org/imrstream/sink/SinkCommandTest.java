package org.imrstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command's wiring, without a cluster: options parse and {@code --describe} prints the sink's
 * topology.
 */
class SinkCommandTest {

  @Test
  void describePrintsTheTopologyAndExits() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new SinkCommand()).setOut(new PrintWriter(out, true));

    int exit =
        command.execute(
            "--describe",
            "--schema-registry-url",
            "mock://sink-command-test",
            "--bootstrap-servers",
            "localhost:1",
            "--application-id",
            "sink-describe");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains(
            Topics.DAILY_COUNTS,
            Topics.DECISIONS,
            Topics.DASHBOARD_GUIDELINE_STATS,
            Topics.DASHBOARD_DECISIONS,
            SinkTopology.DAYS_STORE,
            SinkTopology.TOTALS_STORE);
  }

  @Test
  void anUnknownOptionIsAUsageErrorNotARun() {
    StringWriter err = new StringWriter();
    int exit =
        new CommandLine(new SinkCommand())
            .setErr(new PrintWriter(err, true))
            .execute("--no-such-option");

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
  }
}
