package org.imrstream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.serde.registry.HttpSchemaRegistryClient;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.RegistryUrls;
import org.imrstream.serde.registry.RetryPolicy;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.imrstream.serde.registry.ScriptedHttpServer;
import org.imrstream.serde.registry.ScriptedHttpServer.Answer;
import org.junit.jupiter.api.Test;

/** The HTTP client over real HTTP: against the registry server, and against scripted failures. */
class HttpSchemaRegistryClientTest {

  private static final RetryPolicy QUICK =
      new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20));
  private final Schema decision = DecisionEvent.getClassSchema();

  @Test
  void registerLookUpFetchByIdAndLatestAgreeWithTheServersRegistry() throws IOException {
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      server
          .registry()
          .register("unrelated-value", ParseFailure.getClassSchema()); // so ids start at 2
      HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(server.url(), null);

      int id = client.register("imr.decisions-value", decision);
      assertThat(id)
          .isEqualTo(2)
          .isEqualTo(server.registry().idOf("imr.decisions-value", decision));

      HttpSchemaRegistryClient fresh = new HttpSchemaRegistryClient(server.url(), null);
      assertThat(fresh.idOf("imr.decisions-value", decision)).isEqualTo(id);
      assertThat(fresh.byId(id)).isEqualTo(decision);
      assertThat(new HttpSchemaRegistryClient(server.url(), null).byId(id)).isEqualTo(decision);
      assertThat(fresh.latest("imr.decisions-value"))
          .isEqualTo(new SchemaRegistryClient.RegisteredSchema(id, 1, decision));

      server.registry().register("imr.decisions-value", ParseFailure.getClassSchema());
      assertThat(fresh.latest("imr.decisions-value").version())
          .as("latest is not cached")
          .isEqualTo(2);
    }
  }

  @Test
  void idsAndSchemasAreAskedForOnce() throws IOException {
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      HttpSchemaRegistryClient writer = new HttpSchemaRegistryClient(server.url(), null);
      int id = writer.register("s", decision);
      writer.register("s", decision);
      writer.byId(id); // known from registering
      assertThat(server.requestCount()).isEqualTo(1);

      HttpSchemaRegistryClient reader = new HttpSchemaRegistryClient(server.url(), null);
      reader.byId(id);
      reader.byId(id);
      reader.idOf("s", decision);
      reader.idOf("s", decision);
      assertThat(server.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void aServiceUnavailableIsRetriedAndThenSucceeds() throws IOException {
    String schemaAnswer =
        new ObjectMapper().writeValueAsString(Map.of("schema", decision.toString()));
    try (ScriptedHttpServer flaky =
        new ScriptedHttpServer(
            new Answer(503, "{\"error_code\":50302,\"message\":\"busy\"}"),
            new Answer(200, schemaAnswer))) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(List.of(flaky.url()), null, QUICK);

      assertThat(client.byId(7)).isEqualTo(decision);
      assertThat(flaky.requests()).hasSize(2);
      assertThat(flaky.requests())
          .allSatisfy(r -> assertThat(r.path()).isEqualTo("/schemas/ids/7"));
    }
  }

  @Test
  void retriesAreBoundedAndTheLastErrorSurfaces() throws IOException {
    try (ScriptedHttpServer down =
        new ScriptedHttpServer(
            new Answer(
                500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}"))) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(List.of(down.url()), null, QUICK);

      assertThatThrownBy(() -> client.byId(1))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class,
              e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.errorCode()).isEqualTo(50001);
                assertThat(e)
                    .hasMessageContaining("backend data store")
                    .hasMessageContaining("4 attempts");
              });
      assertThat(down.requests()).hasSize(4);
    }
  }

  @Test
  void aDeadFirstUrlFailsOverToTheNext() throws IOException {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort(); // free again once closed: connections are refused
    }
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(
              List.of("http://127.0.0.1:" + deadPort, server.url()), null, QUICK);

      int id = client.register("s", decision);
      assertThat(server.registry().byId(id)).isEqualTo(decision);
      client.register("s", ParseFailure.getClassSchema());
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aClientErrorSurfacesTheRegistryErrorCodeWithoutRetrying() throws IOException {
    try (ScriptedHttpServer registry =
        new ScriptedHttpServer(
            new Answer(
                404, "{\"error_code\":40401,\"message\":\"Subject 'x-value' not found.\"}"))) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(List.of(registry.url()), null, QUICK);

      assertThatThrownBy(() -> client.latest("x-value"))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class,
              e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.errorCode()).isEqualTo(40401);
                assertThat(e)
                    .hasMessageContaining("Subject 'x-value' not found.")
                    .hasMessageContaining("error_code 40401");
              });
      assertThat(registry.requests()).hasSize(1);
    }
  }

  @Test
  void aNonJsonErrorKeepsTheBody() throws IOException {
    try (ScriptedHttpServer proxy =
        new ScriptedHttpServer(new Answer(403, "<html>forbidden by proxy</html>"))) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(List.of(proxy.url()), null, QUICK);
      assertThatThrownBy(() -> client.byId(1))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class,
              e -> {
                assertThat(e.status()).isEqualTo(403);
                assertThat(e).hasMessageContaining("forbidden by proxy");
              });
    }
  }

  @Test
  void requestsAreConfluentShapedAndCarryBasicAuthWhenGiven() throws IOException {
    try (ScriptedHttpServer registry = new ScriptedHttpServer(new Answer(200, "{\"id\":5}"))) {
      new HttpSchemaRegistryClient(List.of(registry.url()), "alice:s3cret", QUICK)
          .register("a b/c-value", decision);
      new HttpSchemaRegistryClient(List.of(registry.url() + "/"), null, QUICK)
          .register("plain-value", decision);

      ScriptedHttpServer.Request authed = registry.requests().get(0);
      assertThat(authed.method()).isEqualTo("POST");
      assertThat(authed.path()).isEqualTo("/subjects/a%20b%2Fc-value/versions");
      assertThat(authed.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
      assertThat(new ObjectMapper().readTree(authed.body()).get("schema").asText())
          .isEqualTo(decision.toString());
      assertThat(authed.authorization())
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)));
      assertThat(registry.requests().get(1).authorization()).isNull();
      assertThat(registry.requests().get(1).path())
          .as("trailing slash of the base URL dropped")
          .isEqualTo("/subjects/plain-value/versions");
    }
  }

  @Test
  void credentialsInTheUrlAreSentAsAHeaderNotInTheUrl() throws IOException {
    try (RegistryHttpServer server =
        RegistryHttpServer.start(new InMemorySchemaRegistry(), 0, "bob:p@ss")) {
      String withCredentials = server.url().replace("http://", "http://bob:p%40ss@");
      List<String> urls = List.of(withCredentials);

      assertThatThrownBy(
              () -> new HttpSchemaRegistryClient(urls, null, QUICK).register("s", decision))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(401));
      assertThat(
              new HttpSchemaRegistryClient(urls, RegistryUrls.userInfo(urls), QUICK)
                  .register("s", decision))
          .isPositive();
    }
  }
}
