package org.imrstream.pipelinebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrstream.pipelinebench.child.ChildUsage;
import org.imrstream.pipelinebench.measure.Percentiles;
import org.imrstream.pipelinebench.phase.ProduceResult;
import org.imrstream.pipelinebench.phase.RateResult;
import org.imrstream.pipelinebench.phase.SteadyResult;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  private final ReportTables tables = new ReportTables("-Xmx256m");

  @Test
  void theProduceTableComparesBothPathsAndStatesTheRatio() {
    ProduceResult result =
        new ProduceResult(
            new ProduceResult.Pass("bare KafkaProducer loop", 1000, 6_000_000, 2.0, 0),
            new ProduceResult.Pass("imr produce (PathsPublisher)", 1000, 6_000_000, 4.0, 0),
            100);

    String text = tables.produce(result).render();

    assertThat(text)
        .contains("letters/s")
        .contains("MB/s")
        .containsPattern("bare KafkaProducer loop +1,000 +6.0 +2.00 +500 +3.0 +0")
        .containsPattern("imr produce / bare +0.50");
  }

  @Test
  void theSteadyTableHasAColumnPerRateAndAUnitInEveryRow() {
    RateResult rate =
        new RateResult(
            200,
            30,
            6000,
            199.9,
            1.5,
            0,
            new Percentiles(6000, 120, 300, 450, 800),
            0,
            new Percentiles(6000, 400, 900, 1200, 1500),
            0,
            25,
            0.8,
            true,
            true);
    ChildUsage usage = new ChildUsage(100L << 20, 300L << 20, 0.9, 0.2, 0.5, 0.3, 0.01);

    List<String> lines =
        tables
            .steady(new SteadyResult("raw", 7, 10, List.of(rate, rate), usage))
            .render()
            .lines()
            .toList();

    assertThat(lines.get(1)).containsPattern("figure +200 letters/s +200 letters/s");
    assertThat(lines).anyMatch(l -> l.matches("end-to-end p99 \\[ms\\] +450 +450"));
    assertThat(lines).anyMatch(l -> l.matches("sustained +yes +yes"));
    // every figure row names its unit, except the verdict (the last row)
    assertThat(lines.get(20)).startsWith("sustained");
    assertThat(lines.subList(3, 20)).allMatch(l -> l.matches("[^\\[]+\\[[a-z/]+\\].*"));
  }
}
