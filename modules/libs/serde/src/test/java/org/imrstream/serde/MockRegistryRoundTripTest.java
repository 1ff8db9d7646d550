package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.Sex;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.MockRegistries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips through {@code mock://} registries, the way TopologyTestDriver tests and the demo use
 * the serdes.
 */
class MockRegistryRoundTripTest {

  private final String scope = "round-trip-" + UUID.randomUUID();
  private final Map<String, Object> config =
      Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope);

  @AfterEach
  void dropScope() {
    MockRegistries.drop(scope);
  }

  @Test
  void aDecisionEventComesBackEqualThroughSeparatelyConfiguredSerdes() {
    SpecificAvroSerde<DecisionEvent> writer = new SpecificAvroSerde<>();
    writer.configure(config, false);
    SpecificAvroSerde<DecisionEvent> reader = new SpecificAvroSerde<>();
    reader.configure(config, false);

    DecisionEvent back =
        reader
            .deserializer()
            .deserialize(
                "imr.decisions",
                writer.serializer().serialize("imr.decisions", TestRecords.decision()));

    assertThat(back).isEqualTo(TestRecords.decision());
    assertThat(back.getDecisionDate()).isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(back.getProvenance().getIngestionTime()).isEqualTo(TestRecords.INGESTED);
    assertThat(back.getPatient().getSex()).isEqualTo(Sex.FEMALE);
    assertThat(back.getReviewer().getSpecialties()).containsExactly("Orthopaedic Surgery", "Spine");
    assertThat(back.getReviewerCitations()).hasSize(2);
    assertThat(back.getReviewerCitations().get(0).getPages()).containsExactly("303", "304");
    assertThat(back.getReviewerCitations().get(1).getDocument()).isNull();
  }

  @Test
  void theGenericSerdeReadsTheSameBytesAsGenericRecords() {
    SpecificAvroSerde<DecisionEvent> writer = new SpecificAvroSerde<>();
    writer.configure(config, false);
    GenericAvroSerde reader = new GenericAvroSerde();
    reader.configure(config, false);

    GenericRecord back =
        reader
            .deserializer()
            .deserialize(
                "imr.decisions",
                writer.serializer().serialize("imr.decisions", TestRecords.decision()));

    assertThat(back).isNotInstanceOf(DecisionEvent.class);
    assertThat(back.getSchema()).isEqualTo(DecisionEvent.getClassSchema());
    assertThat(back.get("decisionDate")).isEqualTo((int) TestRecords.DECISION_DATE.toEpochDay());
    GenericRecord reviewer = (GenericRecord) back.get("reviewer");
    assertThat((List<?>) reviewer.get("specialties"))
        .map(Object::toString)
        .containsExactly("Orthopaedic Surgery", "Spine");
    List<?> citations = (List<?>) back.get("reviewerCitations");
    assertThat(((GenericRecord) citations.get(0)).get("family")).hasToString("MTUS");
    assertThat(((GenericRecord) back.get("patient")).get("age")).isEqualTo(45);
  }

  @Test
  void aHandBuiltGenericRecordRoundTripsUnderTheKeySubject() {
    Schema schema =
        SchemaBuilder.record("Thing")
            .namespace("test")
            .fields()
            .requiredString("name")
            .name("sizes")
            .type()
            .array()
            .items()
            .intType()
            .noDefault()
            .endRecord();
    GenericRecord thing = new GenericData.Record(schema);
    thing.put("name", "brace");
    thing.put("sizes", List.of(1, 2, 3));
    GenericAvroSerde serde = new GenericAvroSerde();
    serde.configure(config, true);

    GenericRecord back =
        serde.deserializer().deserialize("things", serde.serializer().serialize("things", thing));

    assertThat(back.get("name")).hasToString("brace");
    assertThat(back.get("sizes")).isEqualTo(List.of(1, 2, 3));
    assertThat(MockRegistries.scope(scope).subjects()).containsExactly("things-key");
  }

  @Test
  void specificAvroReaderResolvesTheClassFromTheWriterSchemaName() throws IOException {
    // Written as a GenericRecord: nothing but the schema's full name says
    // "org.imrstream.avro.DecisionEvent".
    AvroSerializer<GenericRecord> genericWriter = new AvroSerializer<>();
    genericWriter.configure(config, false);
    byte[] bytes = genericWriter.serialize("d", asGenericRecord(TestRecords.decision()));

    Map<String, Object> specific = new HashMap<>(config);
    specific.put(SerdeConfig.SPECIFIC_AVRO_READER, "true");
    AvroDeserializer<Object> specificReader = new AvroDeserializer<>();
    specificReader.configure(specific, false);
    assertThat(specificReader.deserialize("d", bytes))
        .isInstanceOf(DecisionEvent.class)
        .isEqualTo(TestRecords.decision());

    AvroDeserializer<Object> defaultReader = new AvroDeserializer<>();
    defaultReader.configure(config, false);
    assertThat(defaultReader.deserialize("d", bytes)).isInstanceOf(GenericData.Record.class);
  }

  private static GenericRecord asGenericRecord(DecisionEvent event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(DecisionEvent.class).write(event, encoder);
    encoder.flush();
    return new GenericDatumReader<GenericRecord>(DecisionEvent.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
  }

  @Test
  void specificAvroReaderWithoutTheClassFailsNamingIt() {
    Schema unknown =
        SchemaBuilder.record("Nowhere")
            .namespace("no.such.pkg")
            .fields()
            .requiredInt("n")
            .endRecord();
    GenericRecord record = new GenericData.Record(unknown);
    record.put("n", 1);
    GenericAvroSerde writer = new GenericAvroSerde();
    writer.configure(config, false);
    byte[] bytes = writer.serializer().serialize("t", record);

    AvroDeserializer<Object> reader = new AvroDeserializer<>();
    reader.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            "mock://" + scope,
            SerdeConfig.SPECIFIC_AVRO_READER,
            true),
        false);
    assertThatThrownBy(() -> reader.deserialize("t", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("no.such.pkg.Nowhere");
  }

  @Test
  void primitivesRoundTripAsPlainJavaValues() {
    AvroSerializer<Object> writer = new AvroSerializer<>();
    writer.configure(config, true);
    AvroDeserializer<Object> reader = new AvroDeserializer<>();
    reader.configure(config, true);

    assertThat(reader.deserialize("k", writer.serialize("k", "CM16-0213037")))
        .isEqualTo("CM16-0213037");
    assertThat(reader.deserialize("k", writer.serialize("k", 42L))).isEqualTo(42L);
    assertThat(reader.deserialize("k", writer.serialize("k", 7))).isEqualTo(7);
    assertThat(reader.deserialize("k", writer.serialize("k", true))).isEqualTo(true);
    assertThat(reader.deserialize("k", writer.serialize("k", new byte[] {1, 2, 3})))
        .isEqualTo(new byte[] {1, 2, 3});
    assertThat(MockRegistries.scope(scope).versions("k-key"))
        .as("one version per primitive type")
        .hasSize(5);
    assertThatThrownBy(() -> writer.serialize("k", new Object()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("java.lang.Object");
  }

  @Test
  void nullIsATombstoneBothWays() {
    SpecificAvroSerde<DecisionEvent> specific = new SpecificAvroSerde<>();
    specific.configure(config, false);
    GenericAvroSerde generic = new GenericAvroSerde();
    generic.configure(config, true);

    assertThat(specific.serializer().serialize("imr.decisions", null)).isNull();
    assertThat(specific.deserializer().deserialize("imr.decisions", null)).isNull();
    assertThat(generic.serializer().serialize("imr.decisions", null)).isNull();
    assertThat(generic.deserializer().deserialize("imr.decisions", null)).isNull();
    assertThat(MockRegistries.scope(scope).subjects())
        .as("a tombstone registers nothing")
        .isEmpty();
  }

  @Test
  void theSameScopeIsTheSameRegistryAndDroppingItStartsAfresh() {
    InMemorySchemaRegistry registry = MockRegistries.scope(scope);
    assertThat(MockRegistries.scope(scope)).isSameAs(registry);
    assertThat(MockRegistries.scope(scope + "-other")).isNotSameAs(registry);
    MockRegistries.drop(scope + "-other");

    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    byte[] bytes = serde.serializer().serialize("imr.decisions", TestRecords.decision());
    assertThat(registry.subjects()).containsExactly("imr.decisions-value");

    MockRegistries.drop(scope);
    assertThat(MockRegistries.scope(scope)).isNotSameAs(registry);
    assertThat(MockRegistries.scope(scope).subjects()).isEmpty();
    SpecificAvroSerde<DecisionEvent> fresh = new SpecificAvroSerde<>();
    fresh.configure(config, false);
    assertThatThrownBy(() -> fresh.deserializer().deserialize("imr.decisions", bytes))
        .as("the schema went with the dropped scope")
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("40403");
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaIsAnError() {
    AvroSerializer<DecisionEvent> strict = new AvroSerializer<>();
    strict.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            "mock://" + scope,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            "false"),
        false);
    assertThatThrownBy(() -> strict.serialize("unregistered", TestRecords.decision()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("unregistered-value")
        .hasMessageContaining("40401");

    int id =
        MockRegistries.scope(scope).register("unregistered-value", DecisionEvent.getClassSchema());
    assertThat(WireFormat.schemaId(strict.serialize("unregistered", TestRecords.decision())))
        .isEqualTo(id);
  }

  @Test
  void garbageIsASerializationException() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    byte[] good = serde.serializer().serialize("t", TestRecords.decision());

    assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {1, 2, 3, 4, 5, 6}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte");
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {0, 0, 0, 0, 99, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema 99");
    assertThatThrownBy(
            () -> serde.deserializer().deserialize("t", java.util.Arrays.copyOf(good, 12)))
        .as("truncated")
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void usingASerdeBeforeConfiguringItSaysSo() {
    assertThatThrownBy(
            () ->
                new SpecificAvroSerde<DecisionEvent>()
                    .serializer()
                    .serialize("t", TestRecords.decision()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema.registry.url");
  }
}
