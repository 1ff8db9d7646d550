package org.imrstream.sink.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.imrstream.topics.TopicNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's HTTP API and dashboard page, next to its health and metrics:
 *
 * <ul>
 *   <li>{@code GET /api/guidelines?windowDays=30}: every guideline, all-time and in the current
 *       window, with the window's bounds;
 *   <li>{@code GET /api/guidelines/{guideline}} and {@code .../history?from=&to=}: one guideline,
 *       and its daily series, answered by the instance that holds it;
 *   <li>{@code GET /api/decisions?guideline=&outcome=&limit=}: the latest decisions;
 *   <li>{@code GET /api/events}: server-sent events on every change;
 *   <li>{@code GET /} and its files: the live page;
 *   <li>{@code GET /api/local/...}: what this instance holds, for the other instances.
 * </ul>
 *
 * Errors are JSON {@code {"error": "..."}}: 400 for a bad parameter, 404 for an unknown guideline
 * or path, 503 while the state is moving between instances, 502 when another instance does not
 * answer.
 */
public final class DashboardApi implements HttpHandler, AutoCloseable {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;

  private static final Logger LOG = LoggerFactory.getLogger(DashboardApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final LocalStats local;
  private final DashboardQueries queries;
  private final EventStream events;
  private final StaticFiles files = new StaticFiles();

  /**
   * @param streams the sink's client, for its stores and the other instances' addresses
   * @param applicationServer this instance's {@code host:port}, as the others call it
   * @param clientConfig the Kafka client settings (bootstrap, security) of the event stream's
   *     consumer
   */
  public DashboardApi(
      KafkaStreams streams, String applicationServer, Map<String, Object> clientConfig) {
    this.local = new LocalStats(streams);
    this.queries = new DashboardQueries(local, new Peers(streams, applicationServer));
    this.events = new EventStream(clientConfig, TopicNames.from(clientConfig)).start();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        error(exchange, 405, "only GET is served");
        return;
      }
      route(exchange);
    } catch (BadRequest e) {
      error(exchange, 400, e.getMessage());
    } catch (IllegalArgumentException e) {
      error(exchange, 400, e.getMessage());
    } catch (Peers.NotReady | InvalidStateStoreException e) {
      error(exchange, 503, "the state is not queryable right now: " + e.getMessage());
    } catch (Peers.PeerFailure e) {
      error(exchange, 502, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("GET {} failed", exchange.getRequestURI(), e);
      error(exchange, 500, "internal error");
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    List<String> path = segments(exchange.getRequestURI().getRawPath());
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    if (path.isEmpty() || !path.get(0).equals("api")) {
      files.serve(exchange, path);
      return;
    }
    List<String> api = path.subList(1, path.size());
    if (api.equals(List.of("guidelines"))) {
      json(exchange, queries.guidelines(windowDays(query)));
    } else if (api.size() == 2 && api.get(0).equals("guidelines")) {
      Optional<ObjectNode> one = queries.guideline(api.get(1), windowDays(query));
      if (one.isEmpty()) {
        error(exchange, 404, "no such guideline: " + api.get(1));
      } else {
        json(exchange, one.get());
      }
    } else if (api.size() == 3 && api.get(0).equals("guidelines") && api.get(2).equals("history")) {
      json(
          exchange,
          queries.history(
              api.get(1),
              date(query, "from", DashboardQueries.EARLIEST),
              date(query, "to", DashboardQueries.LATEST)));
    } else if (api.equals(List.of("decisions"))) {
      json(exchange, queries.decisions(query.get("guideline"), outcome(query), limit(query)));
    } else if (api.equals(List.of("events"))) {
      stream(exchange);
    } else if (!api.isEmpty() && api.get(0).equals("local")) {
      local(exchange, api.subList(1, api.size()), query);
    } else {
      error(exchange, 404, "no such path: " + exchange.getRequestURI().getPath());
    }
  }

  /** What this instance holds, for the other instances. */
  private void local(HttpExchange exchange, List<String> api, Map<String, String> query)
      throws IOException {
    int days = intParam(query, "days", 0, 0, WindowBounds.MAX_DAYS);
    if (api.equals(List.of("guidelines"))) {
      json(exchange, local.guidelines(days));
    } else if (api.size() == 2 && api.get(0).equals("guideline")) {
      Optional<GuidelineSnapshot> one = local.guideline(api.get(1), days);
      if (one.isEmpty()) {
        error(exchange, 404, "not held here: " + api.get(1));
      } else {
        json(exchange, one.get());
      }
    } else if (api.size() == 2 && api.get(0).equals("history")) {
      json(
          exchange,
          local.history(
              api.get(1),
              date(query, "from", DashboardQueries.EARLIEST),
              date(query, "to", DashboardQueries.LATEST)));
    } else if (api.equals(List.of("decisions"))) {
      json(exchange, local.decisions(query.get("guideline"), outcome(query), limit(query)));
    } else if (api.equals(List.of("now"))) {
      send(
          exchange,
          200,
          "text/plain; charset=utf-8",
          queries.localNow().map(LocalDate::toString).orElse(""));
    } else {
      error(exchange, 404, "no such path: " + exchange.getRequestURI().getPath());
    }
  }

  /** Server-sent events until the page goes away (or the server stops). */
  private void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    BlockingQueue<EventStream.Event> queue = events.subscribe();
    try (OutputStream out = exchange.getResponseBody()) {
      write(out, ": connected\n\n");
      while (true) {
        EventStream.Event event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        write(out, event == null ? ": keep-alive\n\n" : sse(event));
      }
    } catch (IOException gone) {
      // the page closed the connection
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } finally {
      events.unsubscribe(queue);
    }
  }

  static String sse(EventStream.Event event) {
    StringBuilder text = new StringBuilder("event: ").append(event.name()).append('\n');
    // A data line ends at a newline; JSON from Jackson has none, but never trust that blindly.
    for (String line : event.data().split("\n", -1)) {
      text.append("data: ").append(line).append('\n');
    }
    return text.append('\n').toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static int windowDays(Map<String, String> query) {
    return intParam(query, "windowDays", WindowBounds.DEFAULT_DAYS, 1, WindowBounds.MAX_DAYS);
  }

  private static int limit(Map<String, String> query) {
    return intParam(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  private static String outcome(Map<String, String> query) {
    String outcome = query.get("outcome");
    if (outcome == null) {
      return null;
    }
    String upper = outcome.toUpperCase(Locale.ROOT);
    if (!upper.equals("UPHELD") && !upper.equals("OVERTURNED")) {
      throw new BadRequest("outcome must be UPHELD or OVERTURNED, not '" + outcome + "'");
    }
    return upper;
  }

  private static int intParam(
      Map<String, String> query, String name, int fallback, int min, int max) {
    String value = query.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(name + " must be a whole number from " + min + " to " + max);
  }

  private static LocalDate date(Map<String, String> query, String name, LocalDate fallback) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date like 2017-03-01, not '" + value + "'");
    }
  }

  static List<String> segments(String rawPath) {
    return Arrays.stream(rawPath.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
        .toList();
  }

  static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!value.isEmpty()) {
        params.put(name, value);
      }
    }
    return params;
  }

  private static void json(HttpExchange exchange, Object body) throws IOException {
    send(exchange, 200, JSON_TYPE, JSON.writeValueAsString(body));
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("error", message);
    send(exchange, status, JSON_TYPE, JSON.writeValueAsString(node));
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    events.close();
  }

  /** A parameter the API cannot take: 400 with this message. */
  static final class BadRequest extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
