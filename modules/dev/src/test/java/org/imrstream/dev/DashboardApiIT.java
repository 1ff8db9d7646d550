package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.testkit.TestLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's query API with two instances of {@code imr sink}, each in its own JVM with its own
 * port, sharing the work of one application: whichever instance is asked answers for every
 * guideline, a question about a guideline the other holds is answered through it ({@code
 * application.server}), and the event stream of either sends every change.
 */
class DashboardApiIT {

  private static final int LETTERS = 240;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void twoInstancesAnswerForEveryGuidelineAndForEachOther(@TempDir Path dir) throws Exception {
    Generated generated = Generated.write(dir, LETTERS, 37);
    long decisions = generated.truth().decisions();
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      String bootstrap = cluster.bootstrapServers();
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      int portA = freePort();
      int portB = freePort();
      try (ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "4")) {
        Awaiting.until(
            "topics created", Duration.ofMinutes(1), () -> Awaiting.topicsExist(bootstrap));
        try (ImrProcess sinkA = pipeline.sink("--http-port", Integer.toString(portA));
            ImrProcess sinkB = pipeline.sinkInstance("b", "--http-port", Integer.toString(portB))) {
          try (ImrProcess produce = pipeline.produce(generated.letters().toString())) {
            assertThat(produce.awaitExit(Duration.ofMinutes(2))).isZero();
          }
          Awaiting.until(
              "both instances count every decision",
              Duration.ofMinutes(3),
              () -> total(portA) == decisions && total(portB) == decisions);

          JsonNode all = get(portA, "/api/guidelines");
          assertThat(get(portB, "/api/guidelines")).isEqualTo(all);
          LocalDate now = LocalDate.parse(all.get("now").asText());
          assertThat(all.at("/window/end").asText()).isEqualTo(now.toString());
          assertThat(all.at("/window/start").asText()).isEqualTo(now.minusDays(29).toString());
          for (JsonNode g : all.get("guidelines")) {
            assertThat(g.at("/window/total").asLong())
                .as("all-time never below the window")
                .isLessThanOrEqualTo(g.at("/allTime/total").asLong());
            assertThat(LocalDate.parse(g.get("newestDecisionDate").asText()))
                .isBeforeOrEqualTo(now);
          }

          // Each instance holds part of the guidelines; ask A about those B holds.
          Set<String> heldByA = localGuidelines(portA);
          Set<String> heldByB = localGuidelines(portB);
          assertThat(heldByA).as("the work is shared").isNotEmpty();
          assertThat(heldByB)
              .as("the work is shared")
              .isNotEmpty()
              .doesNotContainAnyElementsOf(heldByA);
          assertThat(union(heldByA, heldByB)).hasSize(all.get("guidelines").size());
          for (String guideline : heldByB) {
            String path = "/api/guidelines/" + encode(guideline);
            assertThat(status(portA, "/api/local/guideline/" + encode(guideline)))
                .as("A does not hold " + guideline)
                .isEqualTo(404);
            JsonNode one = get(portA, path);
            assertThat(one.get("guideline").asText()).isEqualTo(guideline);
            assertThat(one.get("allTime")).isEqualTo(entry(all, guideline).get("allTime"));
            assertThat(one.get("window")).isEqualTo(entry(all, guideline).get("window"));
            assertThat(one.at("/windowBounds/end").asText()).isEqualTo(now.toString());
            JsonNode history = get(portA, path + "/history");
            assertThat(history).isEqualTo(get(portB, path + "/history"));
            assertThat(sum(history.get("days"))).isEqualTo(one.at("/allTime/total").asLong());
            JsonNode lastMonth =
                get(portA, path + "/history?from=" + now.minusDays(29) + "&to=" + now);
            assertThat(sum(lastMonth.get("days"))).isEqualTo(one.at("/window/total").asLong());
          }

          JsonNode latest = get(portA, "/api/decisions?limit=7");
          assertThat(latest.get("decisions")).hasSize(7);
          assertThat(get(portB, "/api/decisions?limit=7")).isEqualTo(latest);
          JsonNode every = get(portA, "/api/decisions?limit=500");
          assertThat(every.get("decisions")).hasSize((int) Math.min(500, decisions));
          for (int i = 0; i < 7; i++) {
            assertThat(latest.get("decisions").get(i))
                .as("the 7 newest of all, whichever partition and instance hold them")
                .isEqualTo(every.get("decisions").get(i));
          }
          List<String> dates = new ArrayList<>();
          latest.get("decisions").forEach(d -> dates.add(d.get("decisionDate").asText()));
          assertThat(dates).isSortedAccordingTo((x, y) -> y.compareTo(x));
          String someGuideline = heldByB.iterator().next();
          JsonNode filtered =
              get(
                  portA,
                  "/api/decisions?guideline=" + encode(someGuideline) + "&outcome=upheld&limit=50");
          assertThat(filtered.get("decisions"))
              .allSatisfy(
                  d -> {
                    assertThat(d.get("guideline").asText()).isEqualTo(someGuideline);
                    assertThat(d.get("outcome").asText()).isEqualTo("UPHELD");
                  });

          assertThat(status(portA, "/api/guidelines?windowDays=0")).isEqualTo(400);
          assertThat(status(portA, "/api/decisions?outcome=MAYBE")).isEqualTo(400);
          assertThat(status(portA, "/api/guidelines/" + encode("NO SUCH GUIDELINE")))
              .isEqualTo(404);
          assertThat(status(portA, "/api/nothing")).isEqualTo(404);

          // The event stream of B sends what a letter changes, wherever its guideline is held.
          List<String> lines = new CopyOnWriteArrayList<>();
          CompletableFuture<Void> events = listen(portB, lines);
          Awaiting.until(
              "the event stream connected",
              Duration.ofSeconds(30),
              () -> lines.contains(": connected"));
          Path one = dir.resolve("one");
          Files.createDirectories(one);
          Files.write(
              one.resolve("late-letter.txt"),
              TestLetters.letter(
                  "CM17-0999999",
                  now.plusDays(1),
                  TestLetters.LOW_BACK,
                  new String[] {"Lumbar MRI"},
                  new String[] {"Overturned"}));
          try (ImrProcess produce = pipeline.produce(one.toString())) {
            assertThat(produce.awaitExit(Duration.ofMinutes(1))).isZero();
          }
          Awaiting.until(
              () -> "a guideline and a decision event; got " + lines,
              Duration.ofMinutes(1),
              () ->
                  lines.contains("event: guideline")
                      && lines.stream().anyMatch(l -> l.contains("CM17-0999999#1")));
          events.cancel(true);
          Awaiting.until(
              "the window moved to the new newest decision",
              Duration.ofMinutes(1),
              () ->
                  get(portA, "/api/guidelines")
                      .get("now")
                      .asText()
                      .equals(now.plusDays(1).toString()));
        }
      }
    }
  }

  private long total(int port) {
    try {
      HttpResponse<String> response = send(port, "/api/guidelines");
      if (response.statusCode() != 200) {
        return -1; // rebalancing: 503 until the state is queryable
      }
      long total = 0;
      for (JsonNode g : json.readTree(response.body()).get("guidelines")) {
        total += g.at("/allTime/total").asLong();
      }
      return total;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  private Set<String> localGuidelines(int port) throws Exception {
    Set<String> names = new HashSet<>();
    get(port, "/api/local/guidelines").forEach(g -> names.add(g.get("guideline").asText()));
    return names;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static JsonNode entry(JsonNode all, String guideline) {
    for (JsonNode g : all.get("guidelines")) {
      if (g.get("guideline").asText().equals(guideline)) {
        return g;
      }
    }
    throw new AssertionError("no " + guideline + " in " + all);
  }

  private static long sum(JsonNode days) {
    long total = 0;
    for (JsonNode day : days) {
      total += day.get("total").asLong();
    }
    return total;
  }

  private CompletableFuture<Void> listen(int port, List<String> lines) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events")).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .thenAccept(
            response -> {
              try (InputStream body = response.body();
                  BufferedReader reader =
                      new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException closed) {
                // cancelled
              }
            });
  }

  private JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> response = send(port, path);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return json.readTree(response.body());
  }

  private int status(int port, String path) throws Exception {
    return send(port, path).statusCode();
  }

  private HttpResponse<String> send(int port, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
