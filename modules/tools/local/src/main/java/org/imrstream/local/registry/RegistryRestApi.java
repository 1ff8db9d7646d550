package org.imrstream.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * The Confluent Schema Registry REST endpoints over an {@link InMemorySchemaRegistry}, apart from
 * any HTTP server: a method, a path and a body in, a status and a JSON-ready answer out. Answers
 * and error codes follow Confluent's, so that Confluent's own clients can use it.
 */
final class RegistryRestApi {

  /** What to send back: an HTTP status and a body for Jackson. */
  record Reply(int status, Object body) {}

  private final InMemorySchemaRegistry registry;
  private final ObjectMapper json = new ObjectMapper();

  RegistryRestApi(InMemorySchemaRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param rawPath the request path still percent-encoded, query excluded
   */
  Reply handle(String method, String rawPath, byte[] body) {
    try {
      return new Reply(200, route(method, segments(rawPath), body));
    } catch (SchemaRegistryException e) {
      return error(e.status() > 0 ? e.status() : 500, e.errorCode(), e.detail());
    } catch (JsonProcessingException e) {
      return error(400, 400, "request body is not JSON: " + e.getOriginalMessage());
    } catch (RuntimeException | IOException e) {
      return error(500, 50001, "Error in the backend data store: " + e);
    }
  }

  private Object route(String method, String[] path, byte[] body) throws IOException {
    if (path.length == 0) {
      return Map.of(); // Confluent answers {} at the root; clients use it as a health check
    }
    if (path.length == 3 && path[0].equals("schemas") && path[1].equals("ids")) {
      requireMethod(method, "GET");
      return Map.of("schema", registry.byId(number(path[2], 40403, "schema")).toString());
    }
    if (!path[0].equals("subjects")
        || path.length > 4
        || (path.length >= 3 && !path[2].equals("versions"))) {
      throw new SchemaRegistryException("HTTP 404 Not Found", 404, 404);
    }
    if (path.length == 1) {
      requireMethod(method, "GET");
      return registry.subjects();
    }
    String subject = decode(path[1]);
    if (path.length == 2) {
      requireMethod(method, "POST");
      return described(subject, registry.lookup(subject, schemaIn(body)));
    }
    if (path.length == 3 && method.equals("POST")) {
      return Map.of("id", registry.register(subject, schemaIn(body)));
    }
    requireMethod(method, "GET");
    if (path.length == 3) {
      return registry.versions(subject);
    }
    int version = path[3].equals("latest") ? -1 : number(path[3], 42202, "version");
    return described(subject, registry.version(subject, version));
  }

  /**
   * The schema of a register or lookup request: {@code {"schema": "...", "schemaType"?: "AVRO"}}.
   */
  private Schema schemaIn(byte[] body) throws IOException {
    JsonNode request = json.readTree(body);
    String type = request == null ? "AVRO" : request.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw new SchemaRegistryException(
          "Invalid schema: only AVRO is supported, not " + type, 422, 42201);
    }
    JsonNode text = request == null ? null : request.get("schema");
    if (text == null || !text.isTextual()) {
      throw new SchemaRegistryException(
          "Invalid schema: the request has no \"schema\" string", 422, 42201);
    }
    try {
      return new Schema.Parser().parse(text.asText());
    } catch (RuntimeException e) {
      // Not only SchemaParseException: Avro 1.12 fails on an unknown type name with a
      // NullPointerException.
      throw new SchemaRegistryException("Invalid schema: " + e.getMessage(), 422, 42201, e);
    }
  }

  private static void requireMethod(String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new SchemaRegistryException("HTTP 405 Method Not Allowed", 405, 405);
    }
  }

  private static int number(String text, int errorCode, String what) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SchemaRegistryException(
          "invalid " + what + " '" + text + "'", errorCode == 42202 ? 422 : 404, errorCode);
    }
  }

  private static String[] segments(String rawPath) {
    String trimmed = rawPath.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }

  /** Percent-decoding only: in a path, unlike a form, '+' is a plus. */
  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> described(
      String subject, SchemaRegistryClient.RegisteredSchema registered) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("subject", subject);
    answer.put("version", registered.version());
    answer.put("id", registered.id());
    answer.put("schema", registered.schema().toString());
    return answer;
  }

  static Reply error(int status, int errorCode, String message) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("error_code", errorCode);
    answer.put("message", message);
    return new Reply(status, answer);
  }
}
