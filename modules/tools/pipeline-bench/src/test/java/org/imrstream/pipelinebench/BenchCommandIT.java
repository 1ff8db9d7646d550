package org.imrstream.pipelinebench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.imrstream.command.OneLineFailures;
import org.imrstream.pipelinebench.letters.PdfCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench --quick} end to end on a cluster it starts itself, its Streams apps in child JVMs
 * run from this test's class path: every phase reports positive figures and the run exits 0. It
 * asserts what the run did, never how fast: the figures depend on the machine.
 */
class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void aQuickRunMeasuresEveryPhase() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("bench.json");

    int status =
        new CommandLine(new BenchCommand())
            .setExecutionExceptionHandler(new OneLineFailures())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute("--quick", "--json", json.toString());

    assertThat(status).as("exit status; stderr:\n%s", err).isZero();
    boolean corpus = PdfCorpus.locate(null).isPresent();
    assertThat(out.toString())
        .contains("machine: ")
        .contains("Produce: ")
        .contains("Throughput, text: ")
        .contains("Records written per decision, text pipeline")
        .contains(corpus ? "Throughput, PDF: " : "Throughput, PDF: skipped")
        .contains("Steady rates: ")
        .contains("sustained");

    JsonNode phases = new ObjectMapper().readTree(json.toFile()).get("phases");
    JsonNode produce = phases.get("produce");
    assertThat(produce.at("/bare/lettersPerSecond").asDouble()).isPositive();
    assertThat(produce.at("/imrProduce/lettersPerSecond").asDouble()).isPositive();
    assertThat(produce.at("/imrProduce/failedLetters").asInt()).isZero();

    assertThroughput(phases.get("text"));
    if (corpus) {
      assertThroughput(phases.get("pdf"));
    }

    JsonNode rate = phases.at("/steady/rates/0");
    assertThat(rate.get("lettersSent").asInt()).isPositive();
    assertThat(rate.at("/endToEndMs/count").asInt()).isEqualTo(rate.get("lettersSent").asInt());
    assertThat(rate.at("/endToEndMs/p99").asDouble()).isPositive();
    assertThat(rate.at("/countsLagMs/count").asInt()).isEqualTo(rate.get("lettersSent").asInt());
    assertThat(rate.get("drained").asBoolean()).isTrue();
  }

  private static void assertThroughput(JsonNode phase) {
    for (String app : new String[] {"passThrough", "pipeline"}) {
      JsonNode run = phase.get(app);
      assertThat(run.get("lettersPerSecond").asDouble()).as(app).isPositive();
      assertThat(run.get("mbPerSecond").asDouble()).as(app).isPositive();
      assertThat(run.at("/jvm/peakHeapUsedBytes").asLong()).as(app).isPositive();
      assertThat(run.at("/jvm/peakRssBytes").asLong()).as(app).isPositive();
      assertThat(run.get("exitStatus").asInt()).as(app).isZero();
    }
    assertThat(phase.at("/pipeline/countsFinalSeconds").asDouble()).isPositive();
    assertThat(phase.at("/pipeline/countsTotalDecisions").asLong())
        .isEqualTo(phase.at("/workload/expectedDecisions").asLong());
    assertThat(phase.at("/recordsWritten/allPerDecision").asDouble()).isPositive();
    assertThat(phase.at("/recordsWritten/changelogPerDecision").asDouble()).isPositive();
  }
}
