package org.imrstream.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Serves an {@link InMemorySchemaRegistry} over the Confluent Schema Registry REST API on loopback, so that the
 * embedded demo offers Confluent-compatible consumers a real {@code http://} registry. Endpoints: {@code POST
 * /subjects/{s}/versions}, {@code POST /subjects/{s}}, {@code GET /schemas/ids/{id}}, {@code GET /subjects}, {@code
 * GET /subjects/{s}/versions}, {@code GET /subjects/{s}/versions/{v|latest}}. Compatibility is not enforced.
 */
public final class RegistryHttpServer implements AutoCloseable {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final InMemorySchemaRegistry registry;
  private final HttpServer server;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger requests = new AtomicInteger();
  private final String expectedAuthorization;

  /** Starts serving {@code registry} on 127.0.0.1:{@code port} (0 = any free port); {@code userInfo} null = open. */
  public RegistryHttpServer(InMemorySchemaRegistry registry, int port, String userInfo) throws IOException {
    this.registry = registry;
    this.expectedAuthorization = userInfo == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "schema-registry-http");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public RegistryHttpServer(InMemorySchemaRegistry registry) throws IOException {
    this(registry, 0, null);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests served so far (to check client caching). */
  public int requestCount() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      answer(exchange);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      if (expectedAuthorization != null
          && !expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, error(40101, "Unauthorized"));
        return;
      }
      String[] path = exchange.getRequestURI().getRawPath().replaceAll("^/+|/+$", "").split("/");
      reply(exchange, 200, route(exchange.getRequestMethod(), path, exchange.getRequestBody()));
    } catch (SchemaRegistryException e) {
      reply(exchange, e.status() > 0 ? e.status() : 500, error(e.errorCode(), e.getMessage()));
    } catch (SchemaParseException | IllegalArgumentException e) {
      reply(exchange, 422, error(42201, "Invalid schema: " + e.getMessage()));
    } catch (RuntimeException e) {
      reply(exchange, 500, error(50001, e.toString()));
    }
  }

  private Object route(String method, String[] path, InputStream body) throws IOException {
    if (path.length == 3 && path[0].equals("schemas") && path[1].equals("ids") && method.equals("GET")) {
      return Map.of("schema", registry.byId(Integer.parseInt(path[2])).toString());
    }
    if (path.length == 1 && path[0].equals("subjects") && method.equals("GET")) {
      return registry.subjects();
    }
    if (path.length >= 2 && path[0].equals("subjects")) {
      String subject = URLDecoder.decode(path[1], StandardCharsets.UTF_8);
      if (path.length == 2 && method.equals("POST")) {
        Schema schema = schema(body);
        int id = registry.idOf(subject, schema);
        return described(subject, registry.version(subject, versionOf(subject, id)));
      }
      if (path.length == 3 && path[2].equals("versions") && method.equals("POST")) {
        return Map.of("id", registry.register(subject, schema(body)));
      }
      if (path.length == 3 && path[2].equals("versions") && method.equals("GET")) {
        return registry.versions(subject);
      }
      if (path.length == 4 && path[2].equals("versions") && method.equals("GET")) {
        int version = path[3].equals("latest") ? -1 : Integer.parseInt(path[3]);
        return described(subject, registry.version(subject, version));
      }
    }
    throw new SchemaRegistryException("HTTP 404 Not Found", 404, 404);
  }

  private int versionOf(String subject, int id) {
    for (int version : registry.versions(subject)) {
      if (registry.version(subject, version).id() == id) {
        return version;
      }
    }
    throw new SchemaRegistryException("schema not found", 404, 40403);
  }

  private Schema schema(InputStream body) throws IOException {
    JsonNode request = json.readTree(body);
    JsonNode type = request.get("schemaType");
    if (type != null && !type.asText().equals("AVRO")) {
      throw new SchemaRegistryException("only AVRO schemas are supported", 422, 42201);
    }
    return new Schema.Parser().parse(request.get("schema").asText());
  }

  private static Map<String, Object> described(String subject, SchemaRegistryClient.RegisteredSchema registered) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("subject", subject);
    answer.put("id", registered.id());
    answer.put("version", registered.version());
    answer.put("schema", registered.schema().toString());
    return answer;
  }

  private static Map<String, Object> error(int code, String message) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("error_code", code);
    answer.put("message", message);
    return answer;
  }

  private void reply(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
