package org.imrstream.pipelinebench.child;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * Samples a child Streams JVM while it is measured: its {@code /metrics} (heap in use, CPU, how its
 * stream threads spend their time) and its peak resident set from the kernel. A sample that fails
 * (the child still starting) is skipped.
 */
public final class ChildSampler implements AutoCloseable {

  public static final Duration PERIOD = Duration.ofMillis(500);

  private final ChildJvm child;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "bench-child-sampler");
            thread.setDaemon(true);
            return thread;
          });

  private final long startNanos = System.nanoTime();
  private long peakHeap = -1;
  private double gcPauseShare = Double.NaN;
  private long peakRss = -1;
  private final Mean cpuCores = new Mean();
  private final Mean commit = new Mean();
  private final Mean process = new Mean();
  private final Mean poll = new Mean();

  private ChildSampler(ChildJvm child) {
    this.child = child;
  }

  /** Starts sampling {@code child} every {@link #PERIOD}. */
  public static ChildSampler start(ChildJvm child) {
    ChildSampler sampler = new ChildSampler(child);
    sampler.timer.scheduleAtFixedRate(sampler::sample, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    return sampler;
  }

  private void sample() {
    ProcStatus.bytes(child.pid(), "VmHWM").ifPresent(this::rss);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(child.httpUrl() + "/metrics"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        read(response.body());
      }
    } catch (IOException notYet) {
      // the child is starting or stopping
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void rss(long bytes) {
    peakRss = Math.max(peakRss, bytes);
  }

  private synchronized void read(String scrape) {
    PrometheusText.sum(scrape, "jvm_memory_used_bytes", "area=\"heap\"")
        .ifPresent(heap -> peakHeap = Math.max(peakHeap, (long) heap));
    OptionalDouble usage = PrometheusText.sum(scrape, "process_cpu_usage");
    OptionalDouble cores = PrometheusText.sum(scrape, "system_cpu_count");
    if (usage.isPresent() && cores.isPresent()) {
      cpuCores.add(usage.getAsDouble() * cores.getAsDouble());
    }
    double alive = (System.nanoTime() - startNanos) / 1e9;
    PrometheusText.sum(scrape, "jvm_gc_pause_seconds_sum")
        .ifPresent(paused -> gcPauseShare = paused / alive);
    PrometheusText.mean(scrape, "kafka_stream_thread_commit_ratio").ifPresent(commit);
    PrometheusText.mean(scrape, "kafka_stream_thread_process_ratio").ifPresent(process);
    PrometheusText.mean(scrape, "kafka_stream_thread_poll_ratio").ifPresent(poll);
  }

  /** What was sampled so far; reads the kernel's peak resident set once more first. */
  public synchronized ChildUsage usage() {
    ProcStatus.bytes(child.pid(), "VmHWM").ifPresent(bytes -> peakRss = Math.max(peakRss, bytes));
    return new ChildUsage(
        peakHeap,
        peakRss,
        cpuCores.value(),
        commit.value(),
        process.value(),
        poll.value(),
        gcPauseShare);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** A running mean. */
  private static final class Mean implements DoubleConsumer {
    private double sum;
    private long count;

    @Override
    public void accept(double value) {
      sum += value;
      count++;
    }

    void add(double value) {
      accept(value);
    }

    double value() {
      return count == 0 ? Double.NaN : sum / count;
    }
  }
}
