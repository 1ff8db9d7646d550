package org.imrstream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.avro.Schema;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served REST API as any Confluent client sees it: paths, JSON shapes, status codes and error
 * codes.
 */
class RegistryHttpServerTest {

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Schema decision = DecisionEvent.getClassSchema();
  private RegistryHttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = RegistryHttpServer.start(new InMemorySchemaRegistry());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listensOnAnEphemeralLoopbackPort() {
    assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
  }

  @Test
  void registerThenReadBackThroughEveryEndpoint() throws Exception {
    Response registered =
        post("/subjects/imr.decisions-value/versions", Map.of("schema", decision.toString()));
    assertThat(registered.status).isEqualTo(200);
    assertThat(registered.contentType).isEqualTo("application/vnd.schemaregistry.v1+json");
    int id = registered.body.get("id").asInt();
    assertThat(
            post("/subjects/imr.decisions-value/versions", Map.of("schema", decision.toString()))
                .body
                .get("id")
                .asInt())
        .as("same schema, same subject, same id")
        .isEqualTo(id);
    int otherId =
        post(
                "/subjects/imr.failures-value/versions",
                Map.of("schema", ParseFailure.getClassSchema().toString(), "schemaType", "AVRO"))
            .body
            .get("id")
            .asInt();
    assertThat(otherId).isNotEqualTo(id);

    assertThat(get("/subjects").body)
        .hasToString("[\"imr.decisions-value\",\"imr.failures-value\"]");
    assertThat(get("/subjects/imr.decisions-value/versions").body).hasToString("[1]");
    assertThat(new Schema.Parser().parse(get("/schemas/ids/" + id).body.get("schema").asText()))
        .isEqualTo(decision);

    JsonNode latest = get("/subjects/imr.decisions-value/versions/latest").body;
    assertThat(latest.get("subject").asText()).isEqualTo("imr.decisions-value");
    assertThat(latest.get("version").asInt()).isEqualTo(1);
    assertThat(latest.get("id").asInt()).isEqualTo(id);
    assertThat(new Schema.Parser().parse(latest.get("schema").asText())).isEqualTo(decision);
    assertThat(get("/subjects/imr.decisions-value/versions/1").body).isEqualTo(latest);

    JsonNode lookedUp =
        post("/subjects/imr.decisions-value", Map.of("schema", decision.toString())).body;
    assertThat(lookedUp.get("id").asInt()).isEqualTo(id);
    assertThat(lookedUp.get("version").asInt()).isEqualTo(1);
    assertThat(server.registry().idOf("imr.decisions-value", decision)).isEqualTo(id);
  }

  @Test
  void errorsCarryConfluentStatusesAndErrorCodes() throws Exception {
    post("/subjects/s-value/versions", Map.of("schema", decision.toString()));

    assertError(get("/subjects/missing-value/versions/latest"), 404, 40401);
    assertError(
        post("/subjects/s-value", Map.of("schema", ParseFailure.getClassSchema().toString())),
        404,
        40403);
    assertError(get("/subjects/s-value/versions/9"), 404, 40402);
    assertError(get("/schemas/ids/999"), 404, 40403);
    assertError(
        post("/subjects/s-value/versions", Map.of("schema", "{\"type\": \"nonsense\"}")),
        422,
        42201);
    assertError(
        post("/subjects/s-value/versions", Map.of("schemaType", "PROTOBUF", "schema", "x")),
        422,
        42201);
    assertError(post("/subjects/s-value/versions", Map.of("notASchema", 1)), 422, 42201);
    assertError(
        send(
            HttpRequest.newBuilder(uri("/subjects/s-value/versions"))
                .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                .build()),
        400,
        400);
    assertError(get("/no/such/endpoint"), 404, 404);
    assertError(send(HttpRequest.newBuilder(uri("/subjects")).DELETE().build()), 405, 405);
  }

  @Test
  void withCredentialsConfiguredAnonymousRequestsAreRefused() throws Exception {
    try (RegistryHttpServer guarded =
        RegistryHttpServer.start(new InMemorySchemaRegistry(), 0, "alice:s3cret")) {
      Response refused =
          send(HttpRequest.newBuilder(URI.create(guarded.url() + "/subjects")).build());
      assertError(refused, 401, 401);
      Response wrong =
          send(
              HttpRequest.newBuilder(URI.create(guarded.url() + "/subjects"))
                  .header("Authorization", "Basic YWxpY2U6d3Jvbmc=")
                  .build()); // alice:wrong
      assertError(wrong, 401, 401);
      Response allowed =
          send(
              HttpRequest.newBuilder(URI.create(guarded.url() + "/subjects"))
                  .header("Authorization", "Basic YWxpY2U6czNjcmV0")
                  .build()); // alice:s3cret
      assertThat(allowed.status).isEqualTo(200);
      assertThat(guarded.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void afterCloseNothingAnswers() {
    String url = server.url();
    server.close();
    assertThatThrownBy(
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create(url + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }

  private record Response(int status, String contentType, JsonNode body) {}

  private Response get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private Response post(String path, Object body) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build());
  }

  private Response send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        json.readTree(response.body()));
  }

  private URI uri(String path) {
    return URI.create(server.url() + path);
  }

  private static void assertError(Response response, int status, int errorCode) {
    assertThat(response.status).as("status of %s", response.body).isEqualTo(status);
    assertThat(response.body.get("error_code").asInt()).isEqualTo(errorCode);
    assertThat(response.body.get("message").asText()).isNotBlank();
  }
}
