package org.imrstream.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent Schema Registry REST API: {@code POST /subjects/{s}/versions} to
 * register, {@code POST /subjects/{s}} to look up, {@code GET /schemas/ids/{id}}, {@code GET
 * /subjects/{s}/versions/latest}.
 *
 * <p>Ids and schemas are cached for good: a registry never changes the schema behind an id, nor the
 * id of a schema under a subject. So a serde makes one call per schema, not per record. Retries and
 * failover are the {@link RegistryTransport}'s.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

  private final RegistryTransport transport;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  // Keyed by Schema: its hash is cached and the same instance compares by identity, so a hit costs
  // little.
  private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

  /**
   * @param urls one or more base URLs, comma-separated; credentials in them are not used (pass
   *     userInfo)
   * @param userInfo {@code user:password} for basic authentication, or null
   */
  public HttpSchemaRegistryClient(String urls, String userInfo) {
    this(Arrays.asList(urls.split(",")), userInfo, RetryPolicy.DEFAULT);
  }

  public HttpSchemaRegistryClient(List<String> urls, String userInfo, RetryPolicy retry) {
    this.transport =
        new RegistryTransport(
            urls.stream()
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .map(RegistryUrls::baseUri)
                .toList(),
            userInfo,
            retry);
  }

  @Override
  public int register(String subject, Schema schema) {
    return cachedId(subject, schema, "/subjects/" + encode(subject) + "/versions");
  }

  @Override
  public int idOf(String subject, Schema schema) {
    return cachedId(subject, schema, "/subjects/" + encode(subject));
  }

  /**
   * Registering and looking up both POST the schema and answer with its id, which never changes.
   */
  private int cachedId(String subject, Schema schema, String path) {
    Map<Schema, Integer> ids =
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    Integer cached = ids.get(schema);
    if (cached != null) {
      return cached;
    }
    int id = field(transport.post(path, Map.of("schema", schema.toString())), "id", path).asInt();
    ids.putIfAbsent(schema, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public Schema byId(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    String path = "/schemas/ids/" + id;
    Schema schema = new Schema.Parser().parse(field(transport.get(path), "schema", path).asText());
    Schema raced = schemasById.putIfAbsent(id, schema);
    return raced == null ? schema : raced;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    String path = "/subjects/" + encode(subject) + "/versions/latest";
    JsonNode answer = transport.get(path);
    int id = field(answer, "id", path).asInt();
    Schema schema = byIdOrParse(id, field(answer, "schema", path).asText());
    return new RegisteredSchema(id, answer.path("version").asInt(-1), schema);
  }

  /**
   * Reuses the cached instance for a known id, so the serde's caches keyed by Schema keep hitting.
   */
  private Schema byIdOrParse(int id, String text) {
    return schemasById.computeIfAbsent(id, i -> new Schema.Parser().parse(text));
  }

  private static JsonNode field(JsonNode answer, String name, String path) {
    JsonNode value = answer == null ? null : answer.get(name);
    if (value == null || value.isNull()) {
      throw new SchemaRegistryException(
          "the registry's answer to " + path + " has no '" + name + "': " + answer, null);
    }
    return value;
  }

  private static String encode(String subject) {
    // URLEncoder is for forms: a space would become '+', which a path keeps literally.
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
