package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.imrstream.pipeline.app.StreamsCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every processor, store and internal topic has a name of ours, so that upgrades keep their state.
 */
class TopologyNamingTest {

  @Test
  void noNodeOrStoreHasAGeneratedName() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new StreamsCommand());
    cli.setOut(new PrintWriter(out, true));
    int exit = cli.execute("--describe", "--schema-registry-url", "mock://naming");

    assertThat(exit).isZero();
    String description = out.toString();
    assertThat(description)
        .contains(
            "identify-letter",
            "letters-by-id-repartition",
            "parse-letter",
            "track-versions",
            "emit-decisions",
            "emit-deltas",
            "letter-versions",
            "guideline-counts-all-time",
            "guideline-counts-daily",
            "daily-count",
            "undated-decisions",
            "deltas-by-guideline-repartition");
    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-", "STATE-STORE-");
  }
}
