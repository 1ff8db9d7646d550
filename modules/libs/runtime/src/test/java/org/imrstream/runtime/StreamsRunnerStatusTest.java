package org.imrstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.runtime.status.StatusServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Streams client run by {@link StreamsRunner} with its HTTP server, against a bootstrap
 * address where no broker listens: it never gets past REBALANCING, which is what readiness must
 * show; a broker and the RUNNING state are in the process tests (HealthMetricsIT).
 */
class StreamsRunnerStatusTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path stateDir;

  @Test
  void healthAndMetricsAreServedFromStartUntilAfterTheClientClosed() throws Exception {
    StreamsRunner runner = new StreamsRunner("test-app", topology(), props(Map.of()));
    InetSocketAddress at;
    try {
      assertThat(runner.httpAddress()).as("not before start").isEmpty();
      runner.start();
      at = runner.httpAddress().orElseThrow();
      assertThat(at.getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));

      HttpResponse<String> ready = get(at, StatusServer.READY);
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).isIn("{\"state\":\"CREATED\"}", "{\"state\":\"REBALANCING\"}");
      assertThat(get(at, StatusServer.LIVE).statusCode()).isEqualTo(200);

      HttpResponse<String> metrics = get(at, StatusServer.METRICS);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body())
          .as("the client's own metrics")
          .contains("kafka_stream_alive_stream_threads{")
          .contains("client_id=\"test-app-")
          .as("the JVM's")
          .contains("jvm_memory_used_bytes{")
          .contains("jvm_gc_")
          .contains("system_cpu_count");
    } finally {
      runner.close();
    }
    assertThat(runner.streams().state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
    assertThat(runner.health().live()).as("closed as asked: not a failure").isTrue();
    assertThatThrownBy(() -> get(at, StatusServer.LIVE)).isInstanceOf(ConnectException.class);
    runner.close();
  }

  @Test
  void noPortNoServer() {
    Properties props = props(Map.of());
    props.remove(HttpSettings.PORT);
    try (StreamsRunner runner = new StreamsRunner("test-app", topology(), props)) {
      assertThat(runner.httpAddress()).isEmpty();
    }
  }

  @Test
  void aTakenPortStopsTheRunnerBeforeTheClientIsCreated() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Properties props = props(Map.of(HttpSettings.PORT, Integer.toString(taken.getLocalPort())));
      assertThatThrownBy(() -> new StreamsRunner("test-app", topology(), props))
          .hasMessageContaining("cannot serve health and metrics");
    }
  }

  @Test
  void anApplicationHandlerAnswersEveryOtherPathAndTheActualPortIsAdvertised() throws Exception {
    Properties props = props(Map.of());
    StreamsRunner runner =
        new StreamsRunner(
            "test-app",
            topology(),
            props,
            ThreadFailurePolicy.defaults(),
            (streams, self) ->
                exchange -> {
                  byte[] body = (streams.state() + " " + self).getBytes(StandardCharsets.UTF_8);
                  exchange.sendResponseHeaders(200, body.length);
                  exchange.getResponseBody().write(body);
                  exchange.close();
                });
    try (runner) {
      runner.start();
      InetSocketAddress at = runner.httpAddress().orElseThrow();
      HttpResponse<String> answer = get(at, "/api/anything");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body())
          .as("made from this runner's client, told its advertised address")
          .isIn("CREATED 127.0.0.1:" + at.getPort(), "REBALANCING 127.0.0.1:" + at.getPort());
      assertThat(get(at, StatusServer.LIVE).statusCode())
          .as("health is still its own")
          .isEqualTo(200);
    }
  }

  private Properties props(Map<String, String> overrides) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test-app");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + unusedPort());
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(HttpSettings.PORT, "0");
    props.putAll(overrides);
    return props;
  }

  private static Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
        .to("out", Produced.with(Serdes.String(), Serdes.String()));
    return builder.build();
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(InetSocketAddress at, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
