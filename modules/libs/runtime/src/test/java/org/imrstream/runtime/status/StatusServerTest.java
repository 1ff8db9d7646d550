package org.imrstream.runtime.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.imrstream.command.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP endpoints over real HTTP on loopback, with a state the test moves. */
class StatusServerTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
  private final AtomicBoolean failed = new AtomicBoolean();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private StatusServer server;

  @BeforeEach
  void start() {
    server =
        StatusServer.start(
            loopback(0), () -> new Health(state.get(), failed.get()), registry::scrape);
  }

  @AfterEach
  void stop() {
    server.close();
    registry.close();
  }

  @Test
  void readyIs503UntilTheClientIsRunning() throws Exception {
    for (State notYet : new State[] {State.CREATED, State.REBALANCING}) {
      state.set(notYet);
      HttpResponse<String> response = get(StatusServer.READY);
      assertThat(response.statusCode()).as(notYet.name()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("{\"state\":\"" + notYet + "\"}");
    }
    state.set(State.RUNNING);
    HttpResponse<String> ready = get(StatusServer.READY);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"state\":\"RUNNING\"}");
    assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");

    state.set(State.REBALANCING);
    assertThat(get(StatusServer.READY).statusCode()).as("rebalancing again").isEqualTo(503);
    state.set(State.PENDING_SHUTDOWN);
    assertThat(get(StatusServer.READY).statusCode()).as("closing").isEqualTo(503);
  }

  @Test
  void liveIs200UntilTheClientFails() throws Exception {
    for (State fine :
        new State[] {
          State.CREATED, State.REBALANCING, State.RUNNING, State.PENDING_SHUTDOWN, State.NOT_RUNNING
        }) {
      state.set(fine);
      HttpResponse<String> response = get(StatusServer.LIVE);
      assertThat(response.statusCode()).as(fine.name()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"state\":\"" + fine + "\"}");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }
    for (State broken : new State[] {State.PENDING_ERROR, State.ERROR}) {
      state.set(broken);
      HttpResponse<String> response = get(StatusServer.LIVE);
      assertThat(response.statusCode()).as(broken.name()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("{\"state\":\"" + broken + "\"}");
    }
    state.set(State.NOT_RUNNING);
    failed.set(true);
    assertThat(get(StatusServer.LIVE).statusCode())
        .as("shut down after a thread failed")
        .isEqualTo(503);
    assertThat(get(StatusServer.READY).statusCode()).isEqualTo(503);
  }

  @Test
  void metricsArePrometheusText() throws Exception {
    Counter.builder("letters.parsed").tag("thread.id", "t-1").register(registry).increment(3);

    HttpResponse<String> response = get(StatusServer.METRICS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body())
        .contains("# TYPE letters_parsed_total counter")
        .contains("letters_parsed_total{thread_id=\"t-1\"} 3.0");
  }

  @Test
  void headAnswersWithoutABodyAndOtherMethodsAreRefused() throws Exception {
    state.set(State.RUNNING);
    HttpResponse<String> head =
        http.send(
            request(StatusServer.READY).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();

    HttpResponse<String> post =
        http.send(
            request(StatusServer.READY).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void anyOtherPathIs404() throws Exception {
    for (String path :
        new String[] {"/", "/health", "/health/live/", "/health/live/x", "/metricsx", "/ready"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).contains(StatusServer.METRICS);
    }
  }

  @Test
  void itListensOnLoopbackUnlessToldOtherwise() throws Exception {
    Properties props = new Properties();
    props.put(HttpSettings.PORT, "0");
    HttpSettings settings = HttpSettings.from(props).orElseThrow();
    assertThat(settings.host()).isEqualTo("127.0.0.1");

    try (StatusServer byDefault =
        StatusServer.start(settings.address(), () -> new Health(State.RUNNING, false), () -> "")) {
      InetSocketAddress at = byDefault.address();
      assertThat(at.getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
      assertThat(at.getPort()).isPositive();
      HttpResponse<String> live =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + at.getPort() + StatusServer.LIVE))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(live.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortIsAOneLineFailureAndAClosedServerStopsListening() throws Exception {
    int port = server.address().getPort();
    assertThatThrownBy(
            () ->
                StatusServer.start(
                    loopback(port), () -> new Health(State.CREATED, false), () -> ""))
        .isInstanceOf(CommandFailure.class)
        .hasMessageStartingWith("cannot serve health and metrics on 127.0.0.1:" + port + ": ");

    server.close();
    server.close();
    assertThatThrownBy(() -> get(StatusServer.LIVE)).isInstanceOf(ConnectException.class);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.address().getPort() + path))
        .timeout(Duration.ofSeconds(10));
  }

  private static InetSocketAddress loopback(int port) {
    return new InetSocketAddress("127.0.0.1", port);
  }
}
