package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.MockRegistries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What goes on the wire is Confluent's framing around plain Avro binary, readable without this
 * library.
 */
class WireFormatTest {

  private final String scope = "wire-" + UUID.randomUUID();
  private final Map<String, Object> config =
      Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope);

  @AfterEach
  void dropScope() {
    MockRegistries.drop(scope);
  }

  @Test
  void theBytesAreMagicByteThenSchemaIdThenAvroThatPlainAvroDecodes() throws IOException {
    InMemorySchemaRegistry registry = MockRegistries.scope(scope);
    registry.register(
        "other-value",
        TestRecords.letterV1()); // so the decision schema's id is 2, not a lucky 0 or 1
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);

    byte[] bytes = serde.serializer().serialize("imr.decisions", TestRecords.decision());

    assertThat(bytes[0]).as("magic byte").isEqualTo((byte) 0);
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt(); // big-endian, as ByteBuffer reads by default
    assertThat(id).isEqualTo(2).isEqualTo(registry.latest("imr.decisions-value").id());
    assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(0, 0, 0, 2);
    assertThat(registry.byId(id)).isEqualTo(DecisionEvent.getClassSchema());

    byte[] avro = Arrays.copyOfRange(bytes, WireFormat.HEADER_LENGTH, bytes.length);
    DecisionEvent specific =
        new SpecificDatumReader<>(DecisionEvent.class)
            .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(specific).isEqualTo(TestRecords.decision());
    GenericRecord generic =
        new GenericDatumReader<GenericRecord>(DecisionEvent.getClassSchema())
            .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(generic.get("item")).hasToString("Lumbar MRI");
    assertThat(generic.get("decisionDate"))
        .as("Avro date: days since the epoch")
        .isEqualTo((int) TestRecords.DECISION_DATE.toEpochDay());
    assertThat(generic.get("provenance"))
        .extracting(p -> ((GenericRecord) p).get("ingestionTime"))
        .as("Avro timestamp-millis")
        .isEqualTo(TestRecords.INGESTED.toEpochMilli());
  }

  @Test
  void aStringKeyIsFramedAvroStringNotRawUtf8() throws IOException {
    AvroSerializer<String> keys = new AvroSerializer<>();
    keys.configure(config, true);

    byte[] bytes = keys.serialize("imr.decisions", "CM16-0213037");

    assertThat(WireFormat.schemaId(bytes))
        .isEqualTo(MockRegistries.scope(scope).latest("imr.decisions-key").id());
    assertThat(MockRegistries.scope(scope).latest("imr.decisions-key").schema())
        .isEqualTo(Schema.create(Schema.Type.STRING));
    byte[] avro = Arrays.copyOfRange(bytes, WireFormat.HEADER_LENGTH, bytes.length);
    assertThat(avro[0]).as("zig-zag length 12").isEqualTo((byte) 24);
    Utf8 decoded =
        new GenericDatumReader<Utf8>(Schema.create(Schema.Type.STRING))
            .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(decoded.toString()).isEqualTo("CM16-0213037");
  }

  @Test
  void logicalTypesAreWrittenAsTheirAvroEncoding() {
    DecisionEvent event = TestRecords.decision();
    event.setDecisionDate(LocalDate.EPOCH.plusDays(1)); // day 1 encodes as zig-zag 2, easy to spot
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    byte[] withDayOne = serde.serializer().serialize("t", event);
    event.setDecisionDate(LocalDate.EPOCH.plusDays(2));
    byte[] withDayTwo = serde.serializer().serialize("t", event);

    List<Integer> differences = new ArrayList<>();
    for (int i = 0; i < withDayOne.length; i++) {
      if (withDayOne[i] != withDayTwo[i]) {
        differences.add(i);
      }
    }
    assertThat(differences).hasSize(1);
    assertThat(withDayOne[differences.get(0)]).isEqualTo((byte) 2);
    assertThat(withDayTwo[differences.get(0)]).isEqualTo((byte) 4);
  }

  @Test
  void anythingElseIsRejectedWithASerializationException() {
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {1, 0, 0, 0, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte 1");
    assertThat(WireFormat.schemaId(new byte[] {0, 0x01, 0x02, 0x03, 0x04})).isEqualTo(0x01020304);
  }
}
