package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.registry.HttpSchemaRegistryClient;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.RegistryHttpServer;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;

/** The HTTP client path, over real HTTP against a registry served on loopback. */
class HttpRegistryTest {

  @Test
  void registerLookupFetchAndLatestOverHttp() throws IOException {
    try (RegistryHttpServer server = new RegistryHttpServer(new InMemorySchemaRegistry())) {
      HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(server.url(), null);
      int id = client.register("imr.decisions-value", DecisionEvent.SCHEMA$);
      assertThat(client.idOf("imr.decisions-value", DecisionEvent.SCHEMA$)).isEqualTo(id);

      HttpSchemaRegistryClient fresh = new HttpSchemaRegistryClient(server.url(), null);
      assertThat(fresh.byId(id)).isEqualTo(DecisionEvent.SCHEMA$);
      assertThat(fresh.latest("imr.decisions-value").id()).isEqualTo(id);
      assertThat(fresh.latest("imr.decisions-value").version()).isEqualTo(1);
      assertThat(fresh.idOf("imr.decisions-value", DecisionEvent.SCHEMA$)).isEqualTo(id);
    }
  }

  @Test
  void theSerdeCachesSoASecondRecordMakesNoRequest() throws IOException {
    try (RegistryHttpServer server = new RegistryHttpServer(new InMemorySchemaRegistry())) {
      Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url() + "/");
      SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
      serde.configure(config, false);
      byte[] first = serde.serializer().serialize("cached", AvroSerdeTest.event());
      assertThat(serde.deserializer().deserialize("cached", first)).isEqualTo(AvroSerdeTest.event());
      int afterFirst = server.requestCount();

      byte[] second = serde.serializer().serialize("cached", AvroSerdeTest.event());
      serde.deserializer().deserialize("cached", second);
      assertThat(server.requestCount()).isEqualTo(afterFirst);
      assertThat(afterFirst).isBetween(1, 2);
    }
  }

  @Test
  void clientErrorsCarryTheRegistryErrorCode() throws IOException {
    try (RegistryHttpServer server = new RegistryHttpServer(new InMemorySchemaRegistry())) {
      HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(server.url(), null);
      assertThatThrownBy(() -> client.latest("missing-value"))
          .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo(40401);
          });
      assertThatThrownBy(() -> client.byId(77))
          .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }
  }

  @Test
  void basicAuthFromUserInfoIsSentAndRequired() throws IOException {
    try (RegistryHttpServer server = new RegistryHttpServer(new InMemorySchemaRegistry(), 0, "alice:s3cret")) {
      assertThatThrownBy(() -> new HttpSchemaRegistryClient(server.url(), null).register("s", DecisionEvent.SCHEMA$))
          .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(401));

      SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
      serde.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
          SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO", SerdeConfig.BASIC_AUTH_USER_INFO, "alice:s3cret"), false);
      byte[] bytes = serde.serializer().serialize("authed", AvroSerdeTest.event());
      assertThat(serde.deserializer().deserialize("authed", bytes)).isEqualTo(AvroSerdeTest.event());

      String withCredentials = server.url().replace("http://", "http://alice:s3cret@");
      assertThat(new HttpSchemaRegistryClient(withCredentials, HttpSchemaRegistryClient.userInfoFromUrl(withCredentials))
          .register("authed-url", DecisionEvent.SCHEMA$)).isPositive();
    }
  }

  @Test
  void transientServerErrorsAreRetried() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    flaky.createContext("/", exchange -> {
      boolean fail = calls.incrementAndGet() == 1;
      byte[] body = (fail ? "{\"error_code\":50302,\"message\":\"busy\"}"
          : "{\"schema\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
              Schema.create(Schema.Type.STRING).toString()) + "}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(fail ? 503 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    flaky.start();
    try {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient("http://127.0.0.1:" + flaky.getAddress().getPort(), null);
      assertThat(client.byId(5)).isEqualTo(Schema.create(Schema.Type.STRING));
      assertThat(calls.get()).isEqualTo(2);
    } finally {
      flaky.stop(0);
    }
  }
}
