package org.imrstream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registrations written to a file and replayed: ids, versions and numbering survive a restart. */
class FileBackedSchemaRegistryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Schema decision = DecisionEvent.getClassSchema();
  private final Schema failure = ParseFailure.getClassSchema();
  private final Schema other = SchemaBuilder.record("Other").fields().requiredInt("n").endRecord();

  @TempDir Path dir;

  @Test
  void aReopenedRegistryHasTheSameIdsAndVersionsAndContinuesTheNumbering() throws IOException {
    Path file = dir.resolve("registry/registrations.jsonl");
    int decisionId;
    int failureId;
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      decisionId = store.registry().register("a-value", decision);
      failureId = store.registry().register("a-value", failure);
      assertThat(store.registry().register("b-value", decision)).isEqualTo(decisionId);
      store.registry().register("a-value", decision); // already there: nothing new to record
    }
    assertThat(Files.readAllLines(file)).as("one line per new version").hasSize(3);

    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      InMemorySchemaRegistry registry = store.registry();
      assertThat(registry.byId(decisionId)).isEqualTo(decision);
      assertThat(registry.byId(failureId)).isEqualTo(failure);
      assertThat(registry.subjects()).containsExactly("a-value", "b-value");
      assertThat(registry.versions("a-value")).containsExactly(1, 2);
      assertThat(registry.latest("a-value").id()).isEqualTo(failureId);
      assertThat(registry.idOf("b-value", decision)).isEqualTo(decisionId);

      assertThat(registry.register("a-value", failure))
          .as("known schema, known id")
          .isEqualTo(failureId);
      assertThat(registry.register("c-value", other))
          .as("the next id, not a reused one")
          .isEqualTo(3);
    }

    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      assertThat(store.registry().byId(3)).isEqualTo(other);
      assertThat(
              store
                  .registry()
                  .register("d-value", SchemaBuilder.record("Fourth").fields().endRecord()))
          .isEqualTo(4);
    }
  }

  @Test
  void anUnfinishedLastLineIsDroppedAndTheFileStaysUsable() throws IOException {
    Path file = dir.resolve("registrations.jsonl");
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      store.registry().register("a-value", decision);
    }
    long whole = Files.size(file);
    Files.writeString(
        file,
        "{\"subject\":\"b-value\",\"id\":2,\"sch",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      assertThat(Files.size(file)).isEqualTo(whole);
      assertThat(store.registry().subjects()).containsExactly("a-value");
      assertThat(store.registry().register("b-value", failure)).isEqualTo(2);
    }
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      assertThat(store.registry().byId(2)).isEqualTo(failure);
    }
  }

  @Test
  void aDamagedLineInTheMiddleFailsTheOpenRatherThanRenumbering() throws IOException {
    Path file = dir.resolve("registrations.jsonl");
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file)) {
      store.registry().register("a-value", decision);
    }
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of("not json", lines.get(0)));

    assertThatThrownBy(() -> FileBackedSchemaRegistry.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void aJournalThatDoesNotReplayToItsIdsIsRefused() throws IOException {
    Path file = dir.resolve("registrations.jsonl");
    Files.writeString(
        file,
        "{\"subject\":\"a-value\",\"id\":7,\"schema\":"
            + JSON.writeValueAsString(decision.toString())
            + "}\n");

    assertThatThrownBy(() -> FileBackedSchemaRegistry.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("recorded with id 7");
  }

  @Test
  void aClosedStoreRefusesNewRegistrationsWithAServerError() throws IOException {
    FileBackedSchemaRegistry store =
        FileBackedSchemaRegistry.open(dir.resolve("registrations.jsonl"));
    store.registry().register("a-value", decision);
    store.close();

    assertThatThrownBy(() -> store.registry().register("b-value", failure))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(500));
    assertThat(store.registry().subjects()).as("nothing half-taken").containsExactly("a-value");
  }

  @Test
  void servedOnAFixedPortItKeepsItsIdsAcrossAServerRestart() throws Exception {
    Path file = dir.resolve("registrations.jsonl");
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String body = "{\"schema\":" + JSON.writeValueAsString(decision.toString()) + "}";
    int id;
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file);
        RegistryHttpServer server = RegistryHttpServer.start(store.registry(), port, null)) {
      assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port);
      id = post(server.url() + "/subjects/a-value/versions", body).get("id").asInt();
      assertThatThrownBy(() -> RegistryHttpServer.start(new InMemorySchemaRegistry(), port, null))
          .isInstanceOf(BindException.class)
          .hasMessage("port " + port + " on 127.0.0.1 is in use");
    }
    try (FileBackedSchemaRegistry store = FileBackedSchemaRegistry.open(file);
        RegistryHttpServer server = RegistryHttpServer.start(store.registry(), port, null)) {
      assertThat(post(server.url() + "/subjects/a-value", body).get("id").asInt()).isEqualTo(id);
    }
  }

  private static JsonNode post(String url, String body) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
