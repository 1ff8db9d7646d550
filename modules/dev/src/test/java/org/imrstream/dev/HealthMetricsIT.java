package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.dev.process.Accounting;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.parser.FailureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr streams --http-port} and {@code imr sink --http-port}, each in its own JVM against a
 * real local cluster: readiness follows the Streams client to RUNNING, and once the outputs account
 * for every letter published, {@code /metrics} counts exactly those letters parsed, none failed,
 * and carries the pipeline's sensors next to Kafka Streams' own metrics. SIGTERM still exits 0, and
 * the endpoints go away with the process.
 */
class HealthMetricsIT {

  private static final int LETTERS = 50;
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void healthFollowsTheClientAndMetricsCountEveryLetter(@TempDir Path dir) throws Exception {
    Generated letters = Generated.write(dir, LETTERS, 73);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      int streamsPort = freePort();
      try (ImrProcess streams =
          pipeline.streams("--create-topics", "--http-port", Integer.toString(streamsPort))) {
        awaitOk(streams, streamsPort, "/health/live", Duration.ofMinutes(2));
        awaitOk(streams, streamsPort, "/health/ready", Duration.ofMinutes(2));
        HttpResponse<String> ready = get(streamsPort, "/health/ready");
        assertThat(ready.body()).isEqualTo("{\"state\":\"RUNNING\"}");
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");

        int sinkPort = freePort();
        try (ImrProcess sink = pipeline.sink("--http-port", Integer.toString(sinkPort))) {
          awaitOk(sink, sinkPort, "/health/ready", Duration.ofMinutes(2));

          try (ImrProcess produce = pipeline.produce(letters.letters().toString())) {
            assertThat(produce.awaitExit(Duration.ofMinutes(2)))
                .as("imr produce: " + produce.stderr())
                .isZero();
          }
          try (PipelineOutputs outputs =
              new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
            Accounting.assertExact(
                outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(3));
          }

          // The binder picks up sensors registered after a rebalance within its refresh (10 s).
          Awaiting.until(
              "letters parsed in /metrics",
              Duration.ofMinutes(1),
              () -> sum(metrics(streamsPort), "kafka_stream_imr_letters_parsed_total") >= LETTERS);
          HttpResponse<String> scrape = get(streamsPort, "/metrics");
          assertThat(scrape.headers().firstValue("Content-Type"))
              .hasValue("text/plain; version=0.0.4; charset=utf-8");
          List<Sample> metrics = parse(scrape.body());
          assertThat(sum(metrics, "kafka_stream_imr_letters_parsed_total")).isEqualTo(LETTERS);
          assertThat(sum(metrics, "kafka_stream_imr_letters_e2e_total"))
              .as("every letter's lag measured")
              .isEqualTo(LETTERS);
          assertThat(sum(metrics, "kafka_stream_imr_letters_failed_total")).isZero();
          List<Sample> byReason = named(metrics, "kafka_stream_imr_letters_failed_by_reason_total");
          assertThat(byReason)
              .extracting(s -> s.labels().get("reason"))
              .contains(FailureCode.UNKNOWN_LAYOUT.name(), FailureCode.NOT_TEXT.name())
              .contains("PARSER_ERROR");
          assertThat(byReason).allSatisfy(s -> assertThat(s.value()).isZero());
          assertThat(named(metrics, "kafka_stream_imr_letters_e2e_latency_max"))
              .as("lag from publishing to parsing, in ms")
              .anySatisfy(s -> assertThat(s.value()).isBetween(0.0, 600_000.0));
          assertThat(names(metrics))
              .contains(
                  "kafka_stream_imr_letters_parsed_rate",
                  "kafka_stream_imr_letters_e2e_latency_avg",
                  "kafka_stream_imr_letters_duplicate_total",
                  "kafka_stream_imr_letters_amended_total",
                  "kafka_stream_imr_decisions_undated_total",
                  "kafka_stream_alive_stream_threads",
                  "kafka_stream_thread_process_total",
                  "jvm_memory_used_bytes",
                  "process_cpu_usage");
          assertThat(sum(metrics, "kafka_stream_imr_letters_duplicate_total")).isZero();
          assertThat(named(metrics, "kafka_stream_imr_letters_parsed_total"))
              .allSatisfy(s -> assertThat(s.labels()).containsKeys("thread_id", "kafka_version"));

          List<Sample> sinkMetrics = metrics(sinkPort);
          assertThat(names(sinkMetrics))
              .contains("kafka_stream_alive_stream_threads", "jvm_memory_used_bytes")
              .doesNotContain("kafka_stream_imr_letters_parsed_total");

          assertThat(sink.stop(Duration.ofMinutes(1))).as("sink on SIGTERM").isZero();
          assertThatThrownBy(() -> get(sinkPort, "/health/live"))
              .as("the sink's endpoints stop with it")
              .isInstanceOf(ConnectException.class);
        }
        assertThat(status(streamsPort, "/health/live")).isEqualTo(200);
        assertThat(streams.stop(Duration.ofMinutes(1)))
            .as("streams on SIGTERM: " + streams.stderr())
            .isZero();
        assertThat(streams.stderr()).contains("health and metrics on http://127.0.0.1:");
        assertThatThrownBy(() -> get(streamsPort, "/health/live"))
            .isInstanceOf(ConnectException.class);
      }
    }
  }

  /** One sample of the Prometheus text format. */
  record Sample(String name, Map<String, String> labels, double value) {}

  /** Waits for 200 on {@code path}, failing at once with its stderr if the process exits. */
  private void awaitOk(ImrProcess process, int port, String path, Duration timeout)
      throws Exception {
    Awaiting.until(
        process + " answers 200 on " + path,
        timeout,
        () -> {
          if (!process.isAlive()) {
            String stderr = process.stderr();
            throw new AssertionError(
                process
                    + " exited before "
                    + path
                    + " answered 200: "
                    + stderr.substring(Math.max(0, stderr.length() - 3000)));
          }
          return status(port, path) == 200;
        });
  }

  private int status(int port, String path) throws InterruptedException {
    try {
      return get(port, path).statusCode();
    } catch (IOException notListening) {
      return -1;
    }
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private List<Sample> metrics(int port) throws IOException, InterruptedException {
    HttpResponse<String> response = get(port, "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    return parse(response.body());
  }

  private static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      Map<String, String> labels = new TreeMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
    return samples;
  }

  private static List<Sample> named(List<Sample> samples, String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  private static List<String> names(List<Sample> samples) {
    return samples.stream().map(Sample::name).distinct().toList();
  }

  /** The sum over every series of a metric (one per stream thread). */
  private static long sum(List<Sample> samples, String name) {
    return Math.round(named(samples, name).stream().mapToDouble(Sample::value).sum());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
