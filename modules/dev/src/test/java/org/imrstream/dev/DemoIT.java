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

  /**
   * The final table is what the dashboard's API says once every letter is accounted for, windows
   * included, and its window ends at the newest decision date of the letters: two runs with the
   * same seed print the same table, whatever order the letters were processed in.
   */
  @Test
  void twoRunsWithTheSameSeedPrintTheSameFinalTable() {
    String first = finalTable(run("--count", "60", "--seed", "5", "--partitions", "3"));
    String second = finalTable(run("--count", "60", "--seed", "5", "--partitions", "3"));
    assertThat(first).contains("current window: 30 days, ");
    assertThat(second).isEqualTo(first);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = DevImr.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    assertThat(cli.execute(all)).isZero();
    return out.toString();
  }

  /** The last table printed: from its window line to the summary line. */
  private static String finalTable(String printed) {
    int start = printed.lastIndexOf("current window:");
    int end = printed.indexOf("letters ", start);
    assertThat(start).as(printed).isNotNegative();
    return printed.substring(start, end);
  }
}
