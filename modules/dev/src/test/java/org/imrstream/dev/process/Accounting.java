package org.imrstream.dev.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.imrstream.local.demo.PipelineOutputs;

/**
 * The checks every fault test ends with: exact counts against the truth, nothing lost, nothing
 * doubled.
 */
public final class Accounting {

  private Accounting() {}

  /**
   * Reads the outputs until they account for the truth (or the time is up), then checks them
   * exactly.
   */
  public static void assertExact(
      PipelineOutputs outputs, Truth truth, String bootstrapServers, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!(outputs.accountsFor(truth.caseNumbers())
            && dashboardTotal(outputs) == truth.decisions())
        && System.nanoTime() < deadline) {
      outputs.poll(Duration.ofMillis(500));
    }
    outputs.poll(Duration.ofSeconds(2));
    assertThat(outputs.accountsFor(truth.caseNumbers()))
        .as("every letter in is a decision or a dead letter")
        .isTrue();
    assertThat(outputs.decisions()).hasSize((int) truth.decisions());
    assertThat(outputs.decisionRecords())
        .as("no decision written twice")
        .isEqualTo(truth.decisions());
    assertThat(outputs.failures()).as("nothing dead-lettered").isEmpty();
    assertThat(Truth.describe(Truth.dashboardGroups(outputs)))
        .as("all-time counts per guideline")
        .isEqualTo(Truth.describe(truth.upheldAndOverturnedByGroup()));
    assertThat(TopicLogs.deletedFrom(bootstrapServers))
        .as("no record deleted by retention")
        .isEmpty();
  }

  public static long dashboardTotal(PipelineOutputs outputs) {
    return outputs.stats().values().stream().mapToLong(n -> n.at("/allTime/total").asLong()).sum();
  }
}
