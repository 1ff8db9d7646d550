package org.imrstream.local.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrstream.serde.registry.InMemorySchemaRegistry;

/**
 * Serves an {@link InMemorySchemaRegistry} over the Confluent Schema Registry REST API on
 * 127.0.0.1, so that the embedded demo can offer Confluent-compatible clients a real {@code
 * http://} registry. The endpoints are {@link RegistryRestApi}'s: {@code POST
 * /subjects/{s}/versions}, {@code POST /subjects/{s}}, {@code GET /schemas/ids/{id}}, {@code GET
 * /subjects}, {@code GET /subjects/{s}/versions}, {@code GET /subjects/{s}/versions/{n|latest}}.
 * Compatibility is not enforced (see {@link InMemorySchemaRegistry}).
 *
 * <p>Loopback only and without TLS: it is meant for one machine's demo and tests, not for a
 * network.
 */
public final class RegistryHttpServer implements AutoCloseable {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final InMemorySchemaRegistry registry;
  private final RegistryRestApi api;
  private final HttpServer server;
  private final ExecutorService workers;
  private final byte[] expectedAuthorization;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger requests = new AtomicInteger();

  /** Starts serving {@code registry} on an ephemeral loopback port, without authentication. */
  public static RegistryHttpServer start(InMemorySchemaRegistry registry) throws IOException {
    return new RegistryHttpServer(registry, 0, null);
  }

  /**
   * Starts serving {@code registry} on 127.0.0.1:{@code port} (0 = any free port). With {@code
   * userInfo} ({@code user:password}) every request must carry that HTTP basic authentication, or
   * gets a 401.
   */
  public static RegistryHttpServer start(InMemorySchemaRegistry registry, int port, String userInfo)
      throws IOException {
    return new RegistryHttpServer(registry, port, userInfo);
  }

  /**
   * Same as {@link #start(InMemorySchemaRegistry)}: the server is listening when the constructor
   * returns.
   */
  public RegistryHttpServer(InMemorySchemaRegistry registry) throws IOException {
    this(registry, 0, null);
  }

  /** Same as {@link #start(InMemorySchemaRegistry, int, String)}. */
  public RegistryHttpServer(InMemorySchemaRegistry registry, int port, String userInfo)
      throws IOException {
    this.registry = registry;
    this.api = new RegistryRestApi(registry);
    this.expectedAuthorization =
        userInfo == null
            ? null
            : ("Basic "
                    + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    this.server = bind(port);
    this.workers =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "schema-registry-http");
              thread.setDaemon(true); // a forgotten close() must not keep the JVM alive
              return thread;
            });
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Binds 127.0.0.1 itself, not {@code InetAddress.getLoopbackAddress()}, which is ::1 when the JVM
   * prefers IPv6 and would not match {@link #url()}.
   */
  private static HttpServer bind(int port) throws IOException {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    try {
      return HttpServer.create(new InetSocketAddress(loopback, port), 0);
    } catch (BindException e) {
      BindException clear = new BindException("port " + port + " on 127.0.0.1 is in use");
      clear.initCause(e);
      throw clear;
    }
  }

  /** The base URL to give as {@code schema.registry.url}, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public InMemorySchemaRegistry registry() {
    return registry;
  }

  /**
   * Requests received so far, answered or refused: lets tests see whether a client used its cache.
   */
  public int requestCount() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      RegistryRestApi.Reply reply =
          authorized(exchange)
              ? api.handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), body)
              : RegistryRestApi.error(401, 401, "Unauthorized");
      send(exchange, reply);
    }
  }

  private boolean authorized(HttpExchange exchange) {
    if (expectedAuthorization == null) {
      return true;
    }
    String sent = exchange.getRequestHeaders().getFirst("Authorization");
    return sent != null
        && MessageDigest.isEqual(expectedAuthorization, sent.getBytes(StandardCharsets.UTF_8));
  }

  private void send(HttpExchange exchange, RegistryRestApi.Reply reply) throws IOException {
    byte[] bytes = json.writeValueAsBytes(reply.body());
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    if (reply.status() == 401) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops listening at once and ends the worker threads. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
