package org.imrstream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.AvroSerializer;
import org.imrstream.serde.GenericAvroSerde;
import org.imrstream.serde.SerdeConfig;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.TestRecords;
import org.imrstream.serde.WireFormat;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.junit.jupiter.api.Test;

/**
 * The serdes configured with an {@code http://} registry URL, over real HTTP to a registry served
 * on loopback.
 */
class HttpRegistrySerdeTest {

  @Test
  void aSecondRecordMakesNoRequestToTheRegistry() throws IOException {
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
      serde.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url()), false);

      byte[] first = serde.serializer().serialize("cached", TestRecords.decision());
      assertThat(server.requestCount()).as("one registration").isEqualTo(1);
      assertThat(serde.deserializer().deserialize("cached", first))
          .isEqualTo(TestRecords.decision());
      assertThat(server.requestCount())
          .as("the serde's deserializer shares its serializer's cache")
          .isEqualTo(1);

      for (int i = 0; i < 5; i++) {
        serde
            .deserializer()
            .deserialize("cached", serde.serializer().serialize("cached", TestRecords.decision()));
      }
      assertThat(server.requestCount()).isEqualTo(1);

      SpecificAvroSerde<DecisionEvent> consumer = new SpecificAvroSerde<>();
      consumer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url()), false);
      consumer.deserializer().deserialize("cached", first);
      consumer.deserializer().deserialize("cached", first);
      assertThat(server.requestCount())
          .as("another serde fetches the schema by id, once")
          .isEqualTo(2);
    }
  }

  @Test
  void useLatestVersionAsksForTheLatestSchemaOnce() throws IOException {
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      int id = server.registry().register("letters-value", TestRecords.letterV2());
      GenericAvroSerde serde = new GenericAvroSerde();
      serde.configure(
          Map.of(
              SerdeConfig.SCHEMA_REGISTRY_URL,
              server.url(),
              SerdeConfig.AUTO_REGISTER_SCHEMAS,
              false,
              SerdeConfig.USE_LATEST_VERSION,
              true),
          false);

      for (int i = 0; i < 3; i++) {
        byte[] bytes =
            serde
                .serializer()
                .serialize("letters", TestRecords.letter(TestRecords.letterV1(), "x", i));
        assertThat(WireFormat.schemaId(bytes)).isEqualTo(id);
        GenericRecord back = serde.deserializer().deserialize("letters", bytes);
        assertThat(back.get("pages")).isEqualTo(i);
      }
      assertThat(server.requestCount())
          .as("latest once for the serializer, once for the deserializer")
          .isEqualTo(2);
    }
  }

  @Test
  void basicAuthFromUserInfoOrFromTheUrl() throws IOException {
    try (RegistryHttpServer server =
        RegistryHttpServer.start(new InMemorySchemaRegistry(), 0, "alice:s3cret")) {
      SpecificAvroSerde<DecisionEvent> anonymous = new SpecificAvroSerde<>();
      anonymous.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url()), false);
      assertThatThrownBy(() -> anonymous.serializer().serialize("authed", TestRecords.decision()))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("HTTP 401");

      SpecificAvroSerde<DecisionEvent> userInfo = new SpecificAvroSerde<>();
      userInfo.configure(
          Map.of(
              SerdeConfig.SCHEMA_REGISTRY_URL,
              server.url(),
              SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
              "USER_INFO",
              SerdeConfig.BASIC_AUTH_USER_INFO,
              "alice:s3cret"),
          false);
      byte[] bytes = userInfo.serializer().serialize("authed", TestRecords.decision());

      SpecificAvroSerde<DecisionEvent> inUrl = new SpecificAvroSerde<>();
      inUrl.configure(
          Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url().replace("//", "//alice:s3cret@")),
          false);
      assertThat(inUrl.deserializer().deserialize("authed", bytes))
          .isEqualTo(TestRecords.decision());
    }
  }

  @Test
  void registryErrorsBecomeSerializationExceptionsThatSayWhy() throws IOException {
    try (RegistryHttpServer server = RegistryHttpServer.start(new InMemorySchemaRegistry())) {
      AvroSerializer<DecisionEvent> strict = new AvroSerializer<>();
      strict.configure(
          Map.of(
              SerdeConfig.SCHEMA_REGISTRY_URL,
              server.url(),
              SerdeConfig.AUTO_REGISTER_SCHEMAS,
              false),
          false);
      assertThatThrownBy(() -> strict.serialize("nothing-here", TestRecords.decision()))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("nothing-here-value")
          .hasMessageContaining("error_code 40401");
    }

    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    SpecificAvroSerde<DecisionEvent> unreachable = new SpecificAvroSerde<>();
    unreachable.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            "http://127.0.0.1:" + deadPort,
            SerdeConfig.RETRY_TIMEOUT_MS,
            1500),
        false);
    long started = System.nanoTime();
    assertThatThrownBy(() -> unreachable.serializer().serialize("t", TestRecords.decision()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("attempts");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("kept trying for the configured time")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void userInfoSourceWithoutUserInfoIsAConfigError() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    assertThatThrownBy(
            () ->
                serde.configure(
                    Map.of(
                        SerdeConfig.SCHEMA_REGISTRY_URL,
                        "http://127.0.0.1:1",
                        SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                        "USER_INFO"),
                    false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.BASIC_AUTH_USER_INFO);
  }
}
