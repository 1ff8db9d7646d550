package org.imrstream.pipelinebench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrstream.pipelinebench.child.ChildUsage;
import org.imrstream.pipelinebench.letters.Workload;
import org.imrstream.pipelinebench.measure.Percentiles;
import org.imrstream.pipelinebench.measure.TopicWrites;
import org.imrstream.pipelinebench.phase.ProduceResult;
import org.imrstream.pipelinebench.phase.RateResult;
import org.imrstream.pipelinebench.phase.SteadyResult;
import org.imrstream.pipelinebench.phase.StreamsRun;
import org.imrstream.pipelinebench.phase.ThroughputResult;

/**
 * Every figure of a run, machine-readable: the unit is in each field's name ({@code Seconds},
 * {@code PerSecond} = letters/s, {@code Ms}, {@code Bytes}, {@code Mb} = 10^6 bytes, shares as
 * fractions); a figure that could not be measured is null.
 */
public final class JsonReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode phases = JSON.createObjectNode();

  public JsonReport(String commandLine, Machine machine, String cluster, String runId) {
    root.put("command", commandLine);
    root.put("runId", runId);
    ObjectNode host = root.putObject("machine");
    host.put("cores", machine.cores());
    host.put("cpuModel", machine.cpuModel());
    host.put("memoryBytes", machine.memoryBytes());
    host.put("os", machine.os());
    host.put("java", machine.java());
    root.put("cluster", cluster);
    root.set("phases", phases);
  }

  public void produce(ProduceResult result) {
    ObjectNode node = phases.putObject("produce");
    node.put("warmupLetters", result.warmupLetters());
    pass(node.putObject("bare"), result.bare());
    pass(node.putObject("imrProduce"), result.imrProduce());
    number(node, "imrProduceOverBare", result.ratio());
  }

  private static void pass(ObjectNode node, ProduceResult.Pass pass) {
    node.put("path", pass.path());
    node.put("letters", pass.letters());
    node.put("bytes", pass.bytes());
    number(node, "seconds", pass.seconds());
    number(node, "lettersPerSecond", pass.lettersPerSecond());
    number(node, "mbPerSecond", pass.megabytesPerSecond());
    node.put("failedLetters", pass.failed());
  }

  public void throughput(String phase, ThroughputResult result) {
    ObjectNode node = phases.putObject(phase);
    workload(node.putObject("workload"), result.workload());
    node.put("rawTopic", result.rawTopic());
    node.put("partitions", result.partitions());
    node.put("outputVersion", result.version());
    run(node.putObject("passThrough"), result.passThrough());
    run(node.putObject("pipeline"), result.pipeline());
    number(node, "pipelineOverPassThroughLettersPerSecond", result.throughputRatio());
    number(node, "countsFinalOverPassThroughSeconds", result.countsFinalRatio());
    ObjectNode writes = node.putObject("recordsWritten");
    writes.put("decisions", result.writes().decisions());
    ArrayNode topics = writes.putArray("topics");
    for (TopicWrites topic : result.writes().topics()) {
      ObjectNode t = topics.addObject();
      t.put("topic", topic.topic());
      t.put("kind", topic.kind().name());
      t.put("records", topic.records());
      t.put("endOffsetsIncludingTransactionMarkers", topic.upperBound());
      number(t, "perDecision", result.writes().perDecision(topic.records()));
    }
    for (TopicWrites.Kind kind : TopicWrites.Kind.values()) {
      number(writes, kind.name().toLowerCase() + "PerDecision", result.writes().perDecision(kind));
    }
    number(writes, "allPerDecision", result.writes().perDecision());
  }

  /** A phase that did not run, and why. */
  public void skipped(String phase, String reason) {
    phases.putObject(phase).put("skipped", reason);
  }

  private static void workload(ObjectNode node, Workload workload) {
    node.put("kind", workload.kind());
    node.put("letters", workload.letters());
    node.put("bytes", workload.bytes());
    node.put("expectedDecisions", workload.decisions());
    node.put("description", workload.description());
  }

  private static void run(ObjectNode node, StreamsRun run) {
    node.put("applicationId", run.applicationId());
    number(node, "startupSeconds", run.startupSeconds());
    number(node, "caughtUpSeconds", run.caughtUpSeconds());
    number(node, "lettersPerSecond", run.lettersPerSecond());
    number(node, "mbPerSecond", run.megabytesPerSecond());
    number(node, "countsHalfSeconds", run.countsHalfSeconds());
    number(node, "countsFinalSeconds", run.countsFinalSeconds());
    if (run.countsTotal() >= 0) {
      node.put("countsTotalDecisions", run.countsTotal());
    }
    usage(node.putObject("jvm"), run.usage());
    node.put("exitStatus", run.exitStatus());
  }

  private static void usage(ObjectNode node, ChildUsage usage) {
    bytes(node, "peakHeapUsedBytes", usage.peakHeapBytes());
    bytes(node, "peakRssBytes", usage.peakRssBytes());
    number(node, "meanCpuCores", usage.meanCpuCores());
    number(node, "streamThreadCommitShare", usage.meanCommitShare());
    number(node, "streamThreadProcessShare", usage.meanProcessShare());
    number(node, "streamThreadPollShare", usage.meanPollShare());
    number(node, "gcPauseShare", usage.gcPauseShare());
  }

  public void steady(SteadyResult result) {
    ObjectNode node = phases.putObject("steady");
    node.put("rawTopic", result.rawTopic());
    node.put("outputVersion", result.version());
    number(node, "warmupSeconds", result.warmupSeconds());
    usage(node.putObject("jvm"), result.usage());
    ArrayNode rates = node.putArray("rates");
    for (RateResult rate : result.rates()) {
      ObjectNode r = rates.addObject();
      number(r, "targetLettersPerSecond", rate.targetPerSecond());
      number(r, "seconds", rate.seconds());
      r.put("lettersSent", rate.sent());
      number(r, "achievedLettersPerSecond", rate.achievedPerSecond());
      number(r, "senderBehindMaxMs", rate.maxBehindMs());
      r.put("failedSends", rate.failedSends());
      percentiles(r.putObject("endToEndMs"), rate.endToEnd());
      r.put("undecidedLetters", rate.undecided());
      percentiles(r.putObject("countsLagMs"), rate.countsLag());
      r.put("uncountedLetters", rate.unreflected());
      r.put("backlogAtLastSendLetters", rate.backlogAtEnd());
      number(r, "drainSeconds", rate.drainSeconds());
      r.put("drained", rate.drained());
      r.put("sustained", rate.sustained());
    }
  }

  private static void percentiles(ObjectNode node, Percentiles p) {
    node.put("count", p.count());
    number(node, "p50", p.p50Ms());
    number(node, "p95", p.p95Ms());
    number(node, "p99", p.p99Ms());
    number(node, "max", p.maxMs());
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static void bytes(ObjectNode node, String field, long value) {
    if (value < 0) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  public String render() throws IOException {
    return JSON.writeValueAsString(root);
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render() + "\n");
  }
}
