package org.imrstream.pipelinebench.report;

import static org.imrstream.pipelinebench.report.Numbers.fixed;
import static org.imrstream.pipelinebench.report.Numbers.mebibytes;
import static org.imrstream.pipelinebench.report.Numbers.percent;
import static org.imrstream.pipelinebench.report.Numbers.whole;

import java.util.List;
import java.util.function.Function;
import org.imrstream.pipelinebench.child.ChildUsage;
import org.imrstream.pipelinebench.measure.Percentiles;
import org.imrstream.pipelinebench.measure.RecordsPerDecision;
import org.imrstream.pipelinebench.measure.TopicWrites;
import org.imrstream.pipelinebench.phase.ProduceResult;
import org.imrstream.pipelinebench.phase.RateResult;
import org.imrstream.pipelinebench.phase.SteadyResult;
import org.imrstream.pipelinebench.phase.StreamsRun;
import org.imrstream.pipelinebench.phase.ThroughputResult;

/** The tables {@code imr bench} prints, one per phase; every figure's unit is in its label. */
public final class ReportTables {

  private final String childHeap;

  /**
   * @param childHeap the child JVMs' heap limit as given ({@code -Xmx256m}), for the heap rows
   */
  public ReportTables(String childHeap) {
    this.childHeap = childHeap;
  }

  public TextTable produce(ProduceResult result) {
    TextTable table =
        new TextTable(
            "Produce: the same "
                + whole(result.bare().letters())
                + " letter files, the same producer settings (imr produce's), each path after "
                + whole(result.warmupLetters())
                + " warm-up letters",
            "path",
            "letters",
            "MB",
            "time [s]",
            "letters/s",
            "MB/s",
            "failed [letters]");
    for (ProduceResult.Pass pass : List.of(result.bare(), result.imrProduce())) {
      table.row(
          pass.path(),
          whole(pass.letters()),
          fixed(pass.bytes() / 1e6, 1),
          fixed(pass.seconds(), 2),
          fixed(pass.lettersPerSecond(), 0),
          fixed(pass.megabytesPerSecond(), 1),
          whole(pass.failed()));
    }
    table.row("imr produce / bare", "", "", "", fixed(result.ratio(), 2));
    return table.note(
        "time: from the first send until every letter is acknowledged (acks=all); MB = 10^6 bytes");
  }

  public TextTable throughput(ThroughputResult result) {
    StreamsRun pass = result.passThrough();
    StreamsRun pipe = result.pipeline();
    TextTable table =
        new TextTable(
            "Throughput, "
                + result.workload().kind()
                + ": "
                + result.workload().description()
                + ", "
                + fixed(result.workload().megabytes(), 1)
                + " MB, preloaded on "
                + result.rawTopic()
                + " ("
                + result.partitions()
                + " partitions); pipeline outputs at v"
                + result.version(),
            "figure",
            "pass-through",
            "pipeline",
            "pipeline / pass-through");
    table.row(
        "start-up until RUNNING [s]",
        fixed(pass.startupSeconds(), 1),
        fixed(pipe.startupSeconds(), 1));
    table.row(
        "processing until caught up [s]",
        fixed(pass.caughtUpSeconds(), 2),
        fixed(pipe.caughtUpSeconds(), 2),
        fixed(pipe.caughtUpSeconds() / pass.caughtUpSeconds(), 2));
    table.row(
        "letters/s",
        fixed(pass.lettersPerSecond(), 0),
        fixed(pipe.lettersPerSecond(), 0),
        fixed(result.throughputRatio(), 2));
    table.row(
        "MB/s",
        fixed(pass.megabytesPerSecond(), 2),
        fixed(pipe.megabytesPerSecond(), 2),
        fixed(pipe.megabytesPerSecond() / pass.megabytesPerSecond(), 2));
    table.row(
        "counts at half the decisions after RUNNING [s]", "-", fixed(pipe.countsHalfSeconds(), 2));
    table.row(
        "counts final after RUNNING [s]",
        "-",
        fixed(pipe.countsFinalSeconds(), 2),
        fixed(result.countsFinalRatio(), 2));
    table.row(
        "all-time counts total / expected [decisions]",
        "-",
        whole(pipe.countsTotal()) + " / " + whole(result.workload().decisions()));
    usageRows(table, pass.usage(), pipe.usage());
    table.row("exit status after SIGTERM", whole(pass.exitStatus()), whole(pipe.exitStatus()));
    return table
        .note(
            "caught up: the group's committed offsets at the end of the raw topic and of each of its"
                + " repartition topics; letters/s and MB/s = the raw topic's letters and bytes over"
                + " that time")
        .note(
            "counts final: the all-time counts topic (read_committed, latest value per guideline)"
                + " sums to the decisions expected; its ratio is over the pass-through's processing"
                + " time");
  }

  private void usageRows(TextTable table, ChildUsage pass, ChildUsage pipe) {
    table.row(
        "peak heap used [MiB] (" + childHeap + ")",
        mebibytes(pass.peakHeapBytes()),
        mebibytes(pipe.peakHeapBytes()));
    table.row(
        "peak RSS [MiB] (VmHWM)", mebibytes(pass.peakRssBytes()), mebibytes(pipe.peakRssBytes()));
    table.row("CPU, mean [cores]", fixed(pass.meanCpuCores(), 2), fixed(pipe.meanCpuCores(), 2));
    table.row(
        "GC pauses [% of the JVM's time]",
        percent(pass.gcPauseShare()), percent(pipe.gcPauseShare()));
    table.row(
        "stream thread time committing [%]",
        percent(pass.meanCommitShare()), percent(pipe.meanCommitShare()));
    table.row(
        "stream thread time processing [%]",
        percent(pass.meanProcessShare()), percent(pipe.meanProcessShare()));
    table.row(
        "stream thread time polling [%]",
        percent(pass.meanPollShare()), percent(pipe.meanPollShare()));
  }

  public TextTable writes(ThroughputResult result) {
    RecordsPerDecision writes = result.writes();
    TextTable table =
        new TextTable(
            "Records written per decision, "
                + result.workload().kind()
                + " pipeline: "
                + whole(writes.decisions())
                + " decisions from "
                + whole(result.workload().letters())
                + " letters",
            "topic",
            "kind",
            "records",
            "per decision");
    for (TopicWrites topic : writes.topics()) {
      table.row(
          topic.topic(),
          topic.kind().label(),
          (topic.upperBound() ? "<= " : "") + whole(topic.records()),
          fixed(writes.perDecision(topic.records()), 3));
    }
    for (TopicWrites.Kind kind : TopicWrites.Kind.values()) {
      table.row(
          "all " + kind.label() + " topics",
          "",
          (writes.anyUpperBound(kind) ? "<= " : "") + whole(writes.records(kind)),
          fixed(writes.perDecision(kind), 3));
    }
    table.row(
        "all topics",
        "",
        (writes.anyUpperBound() ? "<= " : "") + whole(writes.records()),
        fixed(writes.perDecision(), 3));
    return table.note(
        "records: counted read_committed (no transaction markers); '<=' repartition topics, which"
            + " Kafka Streams purges: end offsets, transaction markers included");
  }

  public TextTable steady(SteadyResult result) {
    List<RateResult> rates = result.rates();
    String[] header = new String[rates.size() + 1];
    header[0] = "figure";
    for (int i = 0; i < rates.size(); i++) {
      header[i + 1] = fixed(rates.get(i).targetPerSecond(), 0) + " letters/s";
    }
    TextTable table =
        new TextTable(
            "Steady rates: generated text letters through imr produce's publisher to one running"
                + " pipeline ("
                + result.rawTopic()
                + ", outputs at v"
                + result.version()
                + "), after a "
                + fixed(result.warmupSeconds(), 0)
                + " s warm-up",
            header);
    row(table, "duration [s]", rates, r -> fixed(r.seconds(), 0));
    row(table, "sent [letters]", rates, r -> whole(r.sent()));
    row(table, "achieved send rate [letters/s]", rates, r -> fixed(r.achievedPerSecond(), 1));
    row(table, "sender behind schedule, max [ms]", rates, r -> fixed(r.maxBehindMs(), 1));
    row(table, "sends failed [letters]", rates, r -> whole(r.failedSends()));
    percentileRows(table, "end-to-end", rates, RateResult::endToEnd);
    row(table, "letters never decided [letters]", rates, r -> whole(r.undecided()));
    percentileRows(table, "counts lag", rates, RateResult::countsLag);
    row(table, "letters never counted [letters]", rates, r -> whole(r.unreflected()));
    row(table, "backlog at last send [letters]", rates, r -> whole(r.backlogAtEnd()));
    row(
        table,
        "drain after last send [s]",
        rates,
        r -> fixed(r.drainSeconds(), 2) + (r.drained() ? "" : " (gave up)"));
    row(table, "sustained", rates, r -> r.sustained() ? "yes" : "no");
    ChildUsage usage = result.usage();
    return table
        .note(
            "pipeline JVM over the phase: peak heap "
                + mebibytes(usage.peakHeapBytes())
                + " MiB ("
                + childHeap
                + "), peak RSS "
                + mebibytes(usage.peakRssBytes())
                + " MiB, CPU "
                + fixed(usage.meanCpuCores(), 2)
                + " cores, GC pauses "
                + percent(usage.gcPauseShare())
                + " % of its time, stream thread time committing "
                + percent(usage.meanCommitShare())
                + " %")
        .note(
            "end-to-end: from a letter's send to its first decision readable read_committed on the"
                + " decisions topic (all of a letter's decisions commit in one transaction)")
        .note(
            "counts lag: from a letter's acknowledgement until the all-time counts' total covers"
                + " the decisions of every letter acknowledged up to it")
        .note(
            "sustained: achieved >= "
                + percent(RateResult.RATE_KEPT)
                + " % of the rate, no failed send, and everything decided and counted within "
                + fixed(RateResult.MAX_DRAIN_SECONDS, 0)
                + " s of the last send");
  }

  private static void percentileRows(
      TextTable table, String what, List<RateResult> rates, Function<RateResult, Percentiles> of) {
    row(table, what + " p50 [ms]", rates, r -> fixed(of.apply(r).p50Ms(), 0));
    row(table, what + " p95 [ms]", rates, r -> fixed(of.apply(r).p95Ms(), 0));
    row(table, what + " p99 [ms]", rates, r -> fixed(of.apply(r).p99Ms(), 0));
    row(table, what + " max [ms]", rates, r -> fixed(of.apply(r).maxMs(), 0));
  }

  private static void row(
      TextTable table, String label, List<RateResult> rates, Function<RateResult, String> cell) {
    String[] cells = new String[rates.size() + 1];
    cells[0] = label;
    for (int i = 0; i < rates.size(); i++) {
      cells[i + 1] = cell.apply(rates.get(i));
    }
    table.row(cells);
  }
}
