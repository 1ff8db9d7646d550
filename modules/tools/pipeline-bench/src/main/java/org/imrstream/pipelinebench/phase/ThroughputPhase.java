package org.imrstream.pipelinebench.phase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.imrstream.pipelinebench.child.ChildJvm;
import org.imrstream.pipelinebench.child.ChildSampler;
import org.imrstream.pipelinebench.child.ChildUsage;
import org.imrstream.pipelinebench.letters.Workload;
import org.imrstream.pipelinebench.measure.RecordsPerDecision;
import org.imrstream.pipelinebench.observe.CountsReader;
import org.imrstream.topics.TopicNames;

/**
 * A throughput phase: on a raw topic already holding the workload's letters, first the
 * pass-through, then the pipeline, each in a JVM of its own and alone on the machine, each until it
 * has processed every letter; then what the pipeline wrote.
 */
public final class ThroughputPhase {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final BenchContext context;
  private final StreamsApps apps;

  public ThroughputPhase(BenchContext context) {
    this.context = context;
    this.apps = new StreamsApps(context);
  }

  /**
   * @param phase names the phase's topics and applications ("text", "pdf")
   * @param rawTopic holds the workload's letters, and nothing else
   * @param version the output version the pipeline writes at
   */
  public ThroughputResult run(String phase, Workload workload, String rawTopic, int version)
      throws Exception {
    String output = context.names().passThroughOutput(phase);
    RunTopics.create(context, List.of(output));
    String passThroughId = context.names().applicationId(phase, "pass-through");
    context.say("%s: pass-through on %d letters ...", phase, workload.letters());
    StreamsRun passThrough =
        measure(
            "pass-through",
            passThroughId,
            workload,
            () -> apps.passThrough(passThroughId, rawTopic, output),
            () -> List.of(rawTopic),
            null);
    context.say(
        "%s: pass-through caught up in %.1f s; pipeline ...", phase, passThrough.caughtUpSeconds());

    String pipelineId = context.names().applicationId(phase, "pipeline");
    TopicNames outputs = new TopicNames(rawTopic, version);
    StreamsRun pipeline =
        measure(
            "pipeline",
            pipelineId,
            workload,
            () -> apps.pipeline(pipelineId, rawTopic, version),
            () -> sourceTopics(rawTopic, pipelineId),
            outputs.allTimeCounts());
    context.say(
        "%s: pipeline caught up in %.1f s, counts final after %.1f s; counting its writes ...",
        phase, pipeline.caughtUpSeconds(), pipeline.countsFinalSeconds());
    RecordsPerDecision writes =
        new WriteCounter(context).count(pipelineId, outputs, workload.decisions());
    return new ThroughputResult(
        workload, rawTopic, context.partitions(), version, passThrough, pipeline, writes);
  }

  /** What the application reads: the raw topic and its own repartition topics. */
  private List<String> sourceTopics(String rawTopic, String applicationId)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<String> topics = new ArrayList<>();
    topics.add(rawTopic);
    topics.addAll(context.probe().topics(applicationId + "-", "-repartition"));
    return topics;
  }

  /** Starts a child JVM. */
  @FunctionalInterface
  private interface Launch {
    ChildJvm start() throws Exception;
  }

  /**
   * Runs one app until its group has committed every letter (and, with {@code countsTopic}, until
   * the counts add up to the workload's decisions), then stops it.
   */
  private StreamsRun measure(
      String app,
      String applicationId,
      Workload workload,
      Launch launch,
      CatchUp.Sources sources,
      String countsTopic)
      throws Exception {
    long spawned = System.nanoTime();
    try (ChildJvm child = launch.start();
        ChildSampler sampler = ChildSampler.start(child)) {
      child.awaitReady(context.clusterTimeout().plusMinutes(1));
      long ready = System.nanoTime();
      try (CountsReader counts =
          countsTopic == null
              ? null
              : new CountsReader(context.clientSettings(), countsTopic, context.clusterTimeout())) {
        CatchUp.Times times =
            new CatchUp(context, child, applicationId, sources, counts, workload.decisions())
                .await(ready);
        ChildUsage usage = sampler.usage();
        int status = child.stop(STOP_TIMEOUT);
        if (status != 0) {
          context.say(
              "%s exited with status %d after SIGTERM%s", app, status, child.failureContext());
        }
        return new StreamsRun(
            app,
            applicationId,
            workload.letters(),
            workload.bytes(),
            seconds(ready - spawned),
            seconds(times.caughtUpNanos() - ready),
            counts == null ? Double.NaN : seconds(times.countsHalfNanos() - ready),
            counts == null ? Double.NaN : seconds(times.countsFinalNanos() - ready),
            times.countsTotal(),
            usage,
            status);
      }
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
