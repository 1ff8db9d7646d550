package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.generator.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code imr demo} as a user runs it: everything in-process, a table, a summary line, a clean exit.
 */
class DemoIT {

  private static final Pattern SUMMARY =
      Pattern.compile(
          "letters (\\d+), decisions (\\d+), upheld (\\d+), overturned (\\d+), dead-lettered (\\d+)");

  @Test
  void runsThePipelineOnItsLettersAndPrintsTheFinalTableAndSummary(@TempDir Path letters)
      throws Exception {
    GenerateCommand.write(12, letters, 9);
    Files.writeString(letters.resolve("not-a-letter.txt"), "Minutes of the safety committee.");
    StringWriter out = new StringWriter();
    CommandLine cli = DevImr.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));

    int exit = cli.execute("demo", "--letters", letters.toString(), "--partitions", "2");

    assertThat(exit).isZero();
    String printed = out.toString();
    assertThat(printed).contains("guideline").contains("overturn%");
    Matcher summary = SUMMARY.matcher(printed);
    assertThat(summary.find()).as(printed).isTrue();
    long decisions = Long.parseLong(summary.group(2));
    assertThat(summary.group(1)).isEqualTo("13");
    assertThat(decisions).isPositive();
    assertThat(Long.parseLong(summary.group(3)) + Long.parseLong(summary.group(4)))
        .isEqualTo(decisions);
    assertThat(summary.group(5)).isEqualTo("1");
  }
}
