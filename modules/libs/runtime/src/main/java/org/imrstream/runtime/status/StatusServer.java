package org.imrstream.runtime.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.imrstream.command.CommandFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Streams app's health and metrics over HTTP (GET or HEAD; exact paths, anything else is
 * 404):
 *
 * <ul>
 *   <li>{@value #LIVE}: 200 while the app is {@link Health#live() live}, else 503;
 *   <li>{@value #READY}: 200 while it is {@link Health#ready() ready} (the client is RUNNING), else
 *       503;
 *   <li>both with the body {@code {"state":"RUNNING"}} (the Streams client's state), as JSON;
 *   <li>{@value #METRICS}: every metric in Prometheus text format.
 * </ul>
 *
 * <p>Every other path goes to the application's own handler when it has one (the sink's query API
 * and dashboard page), else is 404. Handlers run on daemon threads of a cached pool, so a
 * long-lived response (server-sent events) holds one thread and never blocks health checks.
 */
public final class StatusServer implements AutoCloseable {

  public static final String LIVE = "/health/live";
  public static final String READY = "/health/ready";
  public static final String METRICS = "/metrics";

  private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService handlers;
  private final Supplier<Health> health;
  private final Supplier<String> metrics;
  private final HttpHandler app;
  private boolean closed;

  private StatusServer(
      HttpServer server,
      ExecutorService handlers,
      Supplier<Health> health,
      Supplier<String> metrics,
      HttpHandler app) {
    this.server = server;
    this.handlers = handlers;
    this.health = health;
    this.metrics = metrics;
    this.app = app;
  }

  /**
   * Listens on {@code address} (port 0: any free port) until closed.
   *
   * @param metrics the body of {@value #METRICS}, Prometheus text format
   * @throws CommandFailure when it cannot listen there (the port is taken, the host is not local)
   */
  public static StatusServer start(
      InetSocketAddress address, Supplier<Health> health, Supplier<String> metrics) {
    return bind(address, health, metrics, null).serve();
  }

  /**
   * Listens on {@code address} without answering yet (so the port is known before the Streams
   * client that advertises it is created); {@link #serve()} starts answering.
   *
   * @param app handles every path but health and metrics; null: those are 404
   */
  public static StatusServer bind(
      InetSocketAddress address,
      Supplier<Health> health,
      Supplier<String> metrics,
      HttpHandler app) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException | RuntimeException e) {
      throw new CommandFailure(
          "cannot serve health and metrics on "
              + address.getHostString()
              + ":"
              + address.getPort()
              + ": "
              + e.getMessage(),
          e);
    }
    ExecutorService handlers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "imr-http");
              thread.setDaemon(true);
              return thread;
            });
    StatusServer status = new StatusServer(server, handlers, health, metrics, app);
    server.createContext("/", status::handle);
    server.setExecutor(handlers);
    return status;
  }

  /** Starts answering requests. */
  public StatusServer serve() {
    server.start();
    return this;
  }

  /** Where it listens (the actual port when it was started on port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (app != null && !path.equals(LIVE) && !path.equals(READY) && !path.equals(METRICS)) {
        app.handle(exchange); // it answers and closes the exchange itself
        return;
      }
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, TEXT, "method not allowed: " + method + "\n", false);
        return;
      }
      switch (path) {
        case LIVE -> {
          Health now = health.get();
          send(exchange, now.live() ? 200 : 503, JSON, now.json(), head);
        }
        case READY -> {
          Health now = health.get();
          send(exchange, now.ready() ? 200 : 503, JSON, now.json(), head);
        }
        case METRICS -> send(exchange, 200, StreamsMeters.CONTENT_TYPE, metrics.get(), head);
        default ->
            send(
                exchange,
                404,
                TEXT,
                "not found: " + path + " (try " + LIVE + ", " + READY + " or " + METRICS + ")\n",
                head);
      }
    } catch (RuntimeException e) {
      LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      send(exchange, 500, TEXT, "internal error\n", false);
    } finally {
      exchange.close();
    }
  }

  private static void send(
      HttpExchange exchange, int status, String contentType, String body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops listening at once; a request under way is cut off. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.stop(0);
      handlers.shutdownNow();
    }
  }
}
