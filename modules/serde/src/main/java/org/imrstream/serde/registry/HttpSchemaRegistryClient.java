package org.imrstream.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over {@code java.net.http}: register, look up, fetch by id, latest. Every
 * answer is cached (schemas by id never change; nor does a schema's id under a subject), transient failures (I/O,
 * HTTP 5xx, 429) are retried with backoff and then the next URL of the list is tried, and 4xx answers surface the
 * registry's {@code error_code} and message.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final int ATTEMPTS_PER_URL = 3;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

  private final List<URI> baseUrls;
  private final String authorization;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

  /**
   * @param urls     one or more base URLs, comma-separated
   * @param userInfo {@code user:password} for basic authentication, or null
   */
  public HttpSchemaRegistryClient(String urls, String userInfo) {
    List<URI> parsed = new ArrayList<>();
    for (String url : urls.split(",")) {
      parsed.add(URI.create(url.trim().replaceAll("/+$", "")));
    }
    this.baseUrls = List.copyOf(parsed);
    this.authorization = userInfo == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Credentials from the URL itself ({@code http://user:pass@host}), for {@code basic.auth.credentials.source=URL}. */
  public static String userInfoFromUrl(String urls) {
    for (String url : urls.split(",")) {
      String userInfo = URI.create(url.trim()).getRawUserInfo();
      if (userInfo != null) {
        return java.net.URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Override
  public int register(String subject, Schema schema) {
    return schemaId("/subjects/" + encode(subject) + "/versions", subject, schema);
  }

  @Override
  public int idOf(String subject, Schema schema) {
    return schemaId("/subjects/" + encode(subject), subject, schema);
  }

  /** Registering and looking up both POST the schema and answer with its id: cached per subject and schema. */
  private int schemaId(String path, String subject, Schema schema) {
    String key = subject + "\u0000" + schema;
    Integer cached = idsBySubjectAndSchema.get(key);
    if (cached != null) {
      return cached;
    }
    int id = call("POST", path, body(schema)).get("id").asInt();
    idsBySubjectAndSchema.put(key, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public Schema byId(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = call("GET", "/schemas/ids/" + id, null);
    Schema schema = new Schema.Parser().parse(answer.get("schema").asText());
    schemasById.putIfAbsent(id, schema);
    return schema;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    // Not cached: "latest" changes when a new version is registered.
    JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
    Schema schema = new Schema.Parser().parse(answer.get("schema").asText());
    int id = answer.get("id").asInt();
    schemasById.putIfAbsent(id, schema);
    return new RegisteredSchema(id, answer.path("version").asInt(), schema);
  }

  private String body(Schema schema) {
    try {
      return json.writeValueAsString(Map.of("schema", schema.toString()));
    } catch (IOException e) {
      throw new SchemaRegistryException("cannot encode the schema request", e);
    }
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode call(String method, String path, String body) {
    SchemaRegistryException last = null;
    for (URI base : baseUrls) {
      Duration backoff = FIRST_BACKOFF;
      for (int attempt = 1; attempt <= ATTEMPTS_PER_URL; attempt++) {
        try {
          HttpResponse<String> response = http.send(request(base, method, path, body),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          int status = response.statusCode();
          if (status >= 200 && status < 300) {
            return json.readTree(response.body());
          }
          SchemaRegistryException error = error(method, base, path, status, response.body());
          if (status < 500 && status != 429) {
            throw error; // the registry's answer: retrying would not change it
          }
          last = error;
        } catch (IOException e) {
          last = new SchemaRegistryException(method + " " + base + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SchemaRegistryException("interrupted calling the schema registry", e);
        }
        LOG.debug("schema registry call failed (attempt {} of {} at {}): {}", attempt, ATTEMPTS_PER_URL, base,
            last.getMessage());
        if (attempt < ATTEMPTS_PER_URL) {
          sleep(backoff);
          backoff = backoff.multipliedBy(2);
        }
      }
    }
    throw last;
  }

  private HttpRequest request(URI base, String method, String path, String body) {
    URI uri = URI.create(stripUserInfo(base) + path);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Accept", CONTENT_TYPE + ", application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (body == null) {
      builder.GET();
    } else {
      builder.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return builder.build();
  }

  private static String stripUserInfo(URI uri) {
    if (uri.getUserInfo() == null) {
      return uri.toString();
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  private SchemaRegistryException error(String method, URI base, String path, int status, String body) {
    int code = -1;
    String message = body;
    try {
      JsonNode node = json.readTree(body);
      code = node.path("error_code").asInt(-1);
      message = node.path("message").asText(body);
    } catch (IOException | RuntimeException e) {
      // not JSON: keep the raw body as the message
    }
    return new SchemaRegistryException(method + " " + stripUserInfo(base) + path + ": " + message, status, code);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("interrupted while retrying the schema registry", e);
    }
  }
}
