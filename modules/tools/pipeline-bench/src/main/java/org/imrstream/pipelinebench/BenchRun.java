package org.imrstream.pipelinebench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.pipelinebench.cluster.BenchCluster;
import org.imrstream.pipelinebench.cluster.OffsetProbe;
import org.imrstream.pipelinebench.cluster.RunNames;
import org.imrstream.pipelinebench.letters.PdfCorpus;
import org.imrstream.pipelinebench.letters.TextLetters;
import org.imrstream.pipelinebench.letters.Workload;
import org.imrstream.pipelinebench.phase.BenchContext;
import org.imrstream.pipelinebench.phase.Preload;
import org.imrstream.pipelinebench.phase.ProducePhase;
import org.imrstream.pipelinebench.phase.ProduceResult;
import org.imrstream.pipelinebench.phase.RunTopics;
import org.imrstream.pipelinebench.phase.SteadyPhase;
import org.imrstream.pipelinebench.phase.SteadyResult;
import org.imrstream.pipelinebench.phase.ThroughputPhase;
import org.imrstream.pipelinebench.phase.ThroughputResult;
import org.imrstream.pipelinebench.report.JsonReport;
import org.imrstream.pipelinebench.report.Machine;
import org.imrstream.pipelinebench.report.ReportTables;
import org.imrstream.pipelinebench.report.TextTable;

/**
 * One benchmark run: the header, then each phase in turn (produce, text, PDF, steady), each
 * printing its table as it ends; the JSON report last. Everything the run started (a cluster, child
 * JVMs) is stopped and, unless kept, everything it made (topics on a running cluster, the work
 * folder) removed, whether it succeeds or not.
 */
final class BenchRun {

  /** Letters published, unmeasured, before each produce path is timed: at most this many. */
  private static final int PRODUCE_WARMUP = 2000;

  /** The steady phase's letters differ from the throughput phases' (another seed). */
  private static final long STEADY_SEED_OFFSET = 1_000_003;

  private final BenchSettings settings;
  private final String commandLine;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ReportTables tables;

  BenchRun(BenchSettings settings, String commandLine, PrintWriter out, PrintWriter err) {
    this.settings = settings;
    this.commandLine = commandLine;
    this.out = out;
    this.err = err;
    this.tables = new ReportTables(settings.childHeap());
  }

  void run() throws Exception {
    Machine machine = Machine.detect();
    RunNames names = RunNames.fresh(Clock.systemUTC());
    boolean temporary = settings.workDir() == null;
    Path workDir =
        temporary ? Files.createTempDirectory("imr-bench-") : settings.workDir().toAbsolutePath();
    Files.createDirectories(workDir);
    print("imr bench: " + commandLine);
    print("machine: " + machine.describe());
    err.println("imr bench: starting; work folder " + workDir);
    err.flush();
    try (BenchCluster cluster = cluster(workDir)) {
      print("cluster: " + cluster.description());
      print(
          "run: "
              + names.runId()
              + "; Streams apps in child JVMs with "
              + String.join(" ", settings.childJvmOptions())
              + "; topics of "
              + settings.partitions()
              + " partitions, replication factor "
              + settings.replicationFactor());
      print(
          "note: on a machine shared with other work these figures are indicative; compare figures"
              + " of one run with each other");
      print("");
      Map<String, Object> clientSettings = clientSettings(cluster);
      Properties props = new Properties();
      props.putAll(clientSettings);
      JsonReport json = new JsonReport(commandLine, machine, cluster.description(), names.runId());
      List<String> versionedOutputs = new ArrayList<>();
      try (ClusterAdmin admin = ClusterAdmin.connect(props, settings.clusterTimeout())) {
        BenchContext context =
            new BenchContext(
                clientSettings,
                settings.userConfig(),
                cluster.bootstrapServers(),
                cluster.registryUrl(),
                admin.admin(),
                new OffsetProbe(admin.admin(), settings.clusterTimeout()),
                names,
                workDir,
                settings.childJvmOptions(),
                settings.partitions(),
                settings.replicationFactor(),
                settings.clusterTimeout(),
                settings.phaseTimeout(),
                err);
        try {
          phases(context, json, versionedOutputs);
        } finally {
          if (!cluster.startedHere() && !settings.keep()) {
            new RunCleanup(admin.admin(), settings.clusterTimeout())
                .remove(names.prefix(), versionedOutputs, err);
          }
        }
      }
      if (settings.json() != null) {
        json.write(settings.json());
        err.println("imr bench: figures written to " + settings.json());
      }
    } finally {
      if (temporary && !settings.keep()) {
        deleteQuietly(workDir);
      } else {
        err.println("imr bench: kept " + workDir + " (child logs in logs/)");
      }
      err.flush();
    }
  }

  private void phases(BenchContext context, JsonReport json, List<String> versions)
      throws Exception {
    RunNames names = context.names();
    Workload text = null;
    Path textFolder = context.workDir().resolve("letters-text");
    if (settings.runs(BenchSettings.PRODUCE) || settings.runs(BenchSettings.TEXT)) {
      context.say("generating %d text letters ...", settings.letters());
      text = TextLetters.write(textFolder, settings.letters(), settings.seed());
    }
    if (settings.runs(BenchSettings.PRODUCE)) {
      context.say("produce: bare loop and imr produce on %d letters ...", text.letters());
      String imrTopic = names.rawTopic(BenchSettings.TEXT);
      String bareTopic = names.rawTopic("produce-bare");
      String warmupTopic = names.rawTopic("produce-warmup");
      RunTopics.create(context, List.of(warmupTopic, bareTopic, imrTopic));
      ProduceResult produce =
          new ProducePhase(context.clientSettings(), settings.clusterTimeout().toMillis(), err)
              .run(
                  textFolder,
                  Math.min(PRODUCE_WARMUP, Math.max(1, text.letters() / 10)),
                  warmupTopic,
                  bareTopic,
                  imrTopic);
      print(tables.produce(produce));
      json.produce(produce);
    }
    if (settings.runs(BenchSettings.TEXT)) {
      String raw = names.rawTopic(BenchSettings.TEXT);
      if (!settings.runs(BenchSettings.PRODUCE)) {
        context.say("text: preloading %d letters ...", text.letters());
        new Preload(context).files(textFolder, raw);
      }
      ThroughputResult result = throughput(context, BenchSettings.TEXT, text, raw, versions);
      json.throughput(BenchSettings.TEXT, result);
    }
    if (settings.runs(BenchSettings.PDF)) {
      pdf(context, json, versions);
    }
    if (settings.runs(BenchSettings.STEADY)) {
      SteadyResult steady =
          new SteadyPhase(context)
              .run(
                  settings.rates(),
                  settings.steadySeconds(),
                  settings.warmupSeconds(),
                  settings.seed() + STEADY_SEED_OFFSET);
      versions.add(".v" + steady.version());
      print(tables.steady(steady));
      json.steady(steady);
    }
  }

  private void pdf(BenchContext context, JsonReport json, List<String> versions) throws Exception {
    Optional<PdfCorpus> corpus = PdfCorpus.locate(settings.corpus());
    if (corpus.isEmpty()) {
      String reason =
          "no corpus of PDF letters found (--corpus DIR, -D"
              + PdfCorpus.PROPERTY
              + "=DIR, or shared/corpus/letters beside the checkout)";
      print("Throughput, PDF: skipped: " + reason);
      print("");
      json.skipped(BenchSettings.PDF, reason);
      return;
    }
    List<byte[]> pdfs = corpus.get().read();
    Workload workload = corpus.get().workload(pdfs, settings.pdfLetters());
    String raw = context.names().rawTopic(BenchSettings.PDF);
    context.say("pdf: preloading %d letters ...", workload.letters());
    new Preload(context).repeated(pdfs, corpus.get().names(), workload.letters(), raw);
    ThroughputResult result = throughput(context, BenchSettings.PDF, workload, raw, versions);
    json.throughput(BenchSettings.PDF, result);
  }

  private ThroughputResult throughput(
      BenchContext context, String phase, Workload workload, String raw, List<String> versions)
      throws Exception {
    int version = RunNames.firstFreeVersion(context.probe().allTopics());
    versions.add(".v" + version);
    ThroughputResult result = new ThroughputPhase(context).run(phase, workload, raw, version);
    print(tables.throughput(result));
    print(tables.writes(result));
    return result;
  }

  private BenchCluster cluster(Path workDir) throws Exception {
    if (settings.bootstrapServers() != null) {
      return BenchCluster.running(settings.bootstrapServers(), settings.registryUrl());
    }
    err.println("imr bench: starting Kafka and a schema registry in this JVM ...");
    err.flush();
    return BenchCluster.startInProcess(workDir.resolve("kafka"));
  }

  /** The user's settings, then the cluster's addresses. */
  private Map<String, Object> clientSettings(BenchCluster cluster) {
    Map<String, Object> client = new HashMap<>(ClusterOptions.asMap(settings.userConfig()));
    client.put(ClusterOptions.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
    client.put(ClusterOptions.SCHEMA_REGISTRY_URL, cluster.registryUrl());
    return client;
  }

  private void print(Object text) {
    out.println(text instanceof TextTable table ? table.render() : text);
    out.flush();
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort: a temporary folder
                }
              });
    } catch (IOException ignored) {
      // already gone
    }
  }
}
