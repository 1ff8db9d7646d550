package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.Citation;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.Outcome;
import org.imrstream.avro.Patient;
import org.imrstream.avro.Provenance;
import org.imrstream.avro.Reviewer;
import org.imrstream.avro.Sex;
import org.imrstream.serde.registry.MockRegistries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private final String scope = "serde-test-" + UUID.randomUUID();
  private final Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope);

  @AfterEach
  void dropScope() {
    MockRegistries.drop(scope);
  }

  static DecisionEvent event() {
    return DecisionEvent.newBuilder()
        .setDecisionId("CM16-0213037#1").setLetterId("CM16-0213037").setCaseNumber("CM16-0213037")
        .setDecisionIndex(1).setDecisionCount(2).setDecisionDate(LocalDate.of(2016, 12, 9))
        .setReviewer(new Reviewer(List.of("California"), List.of("Orthopaedic Surgery")))
        .setPatient(new Patient(45, Sex.FEMALE))
        .setItem("Lumbar MRI").setOutcome(Outcome.UPHELD)
        .setGuideline("MTUS: Low Back Complaints").setGuidelineFamily(GuidelineFamily.MTUS)
        .setReviewerCitations(List.of(new Citation(GuidelineFamily.MTUS, "Low Back Complaints", 2004,
            List.of("Special Studies"), List.of(), "Low Back Complaints 2004, Section(s): Special Studies")))
        .setProvenance(Provenance.newBuilder().setRawTopic("imr.letters.raw").setPartition(3).setOffset(42)
            .setIngestionTime(Instant.parse("2024-01-02T03:04:05Z")).setParserVersion("1.0.0").build())
        .build();
  }

  @Test
  void bytesAreConfluentWireFormatThatPlainAvroDecodes() throws IOException {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    byte[] bytes = serde.serializer().serialize("imr.decisions", event());

    assertThat(bytes[0]).isEqualTo((byte) 0);
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(MockRegistries.scope(scope).byId(id)).isEqualTo(DecisionEvent.SCHEMA$);
    assertThat(MockRegistries.scope(scope).latest("imr.decisions-value").id()).isEqualTo(id);

    byte[] avro = Arrays.copyOfRange(bytes, 5, bytes.length);
    DecisionEvent plain = new SpecificDatumReader<>(DecisionEvent.class)
        .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(plain).isEqualTo(event());
    GenericRecord generic = new GenericDatumReader<GenericRecord>(DecisionEvent.SCHEMA$)
        .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(generic.get("item").toString()).isEqualTo("Lumbar MRI");
    assertThat(generic.get("decisionDate")).as("Avro date: days since epoch").isEqualTo((int) LocalDate.of(2016, 12, 9).toEpochDay());
  }

  @Test
  void specificRoundTripThroughTheMockRegistry() {
    SpecificAvroSerde<DecisionEvent> writer = new SpecificAvroSerde<>();
    writer.configure(config, false);
    SpecificAvroSerde<DecisionEvent> reader = new SpecificAvroSerde<>();
    reader.configure(config, false);
    DecisionEvent back = reader.deserializer().deserialize("imr.decisions",
        writer.serializer().serialize("imr.decisions", event()));
    assertThat(back).isEqualTo(event());
    assertThat(back.getProvenance().getIngestionTime()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
  }

  @Test
  void genericRoundTripAndKeysUseTheKeySubject() {
    Schema schema = SchemaBuilder.record("Thing").namespace("t").fields().requiredString("name").endRecord();
    GenericRecord thing = new GenericData.Record(schema);
    thing.put("name", "brace");
    GenericAvroSerde serde = new GenericAvroSerde();
    serde.configure(config, true);
    GenericRecord back = serde.deserializer().deserialize("things", serde.serializer().serialize("things", thing));
    assertThat(back.get("name").toString()).isEqualTo("brace");
    assertThat(MockRegistries.scope(scope).subjects()).containsExactly("things-key");

    AvroSerializer<Object> primitives = new AvroSerializer<>();
    primitives.configure(config, true);
    AvroDeserializer<Object> primitiveReader = new AvroDeserializer<>();
    primitiveReader.configure(config, true);
    assertThat(primitiveReader.deserialize("keys", primitives.serialize("keys", "CM16-0213037"))).isEqualTo("CM16-0213037");
    assertThat(primitiveReader.deserialize("longs", primitives.serialize("longs", 42L))).isEqualTo(42L);
  }

  @Test
  void nullIsATombstoneBothWays() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    assertThat(serde.serializer().serialize("imr.decisions", null)).isNull();
    assertThat(serde.deserializer().deserialize("imr.decisions", null)).isNull();
  }

  @Test
  void recordsWrittenWithAnOlderSchemaAreReadWithTheNewerOne() {
    Schema v1 = SchemaBuilder.record("DecisionEvent").namespace("org.imrstream.avro").fields()
        .requiredString("decisionId").requiredString("letterId").requiredInt("decisionIndex")
        .requiredInt("decisionCount").requiredString("item")
        .name("outcome").type(DecisionEvent.SCHEMA$.getField("outcome").schema()).noDefault()
        .requiredString("guideline")
        .name("guidelineFamily").type(DecisionEvent.SCHEMA$.getField("guidelineFamily").schema()).noDefault()
        .endRecord();
    GenericRecord old = new GenericData.Record(v1);
    old.put("decisionId", "CM13-0000001#1");
    old.put("letterId", "CM13-0000001");
    old.put("decisionIndex", 1);
    old.put("decisionCount", 1);
    old.put("item", "Cane");
    old.put("outcome", new GenericData.EnumSymbol(v1.getField("outcome").schema(), "OVERTURNED"));
    old.put("guideline", "NONE");
    old.put("guidelineFamily", new GenericData.EnumSymbol(v1.getField("guidelineFamily").schema(), "NONE"));
    GenericAvroSerde oldWriter = new GenericAvroSerde();
    oldWriter.configure(config, false);
    byte[] bytes = oldWriter.serializer().serialize("imr.decisions", old);

    SpecificAvroSerde<DecisionEvent> current = new SpecificAvroSerde<>();
    current.configure(config, false);
    DecisionEvent read = current.deserializer().deserialize("imr.decisions", bytes);
    assertThat(read.getItem()).isEqualTo("Cane");
    assertThat(read.getOutcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(read.getCaseNumber()).as("added later, nullable with a default").isNull();
    assertThat(read.getReviewerCitations()).isEmpty();
  }

  @Test
  void useLatestVersionWithoutAutoRegisterWritesWithTheRegisteredSchema() {
    int registered = MockRegistries.scope(scope).register("imr.decisions-value", DecisionEvent.SCHEMA$);
    AvroSerializer<DecisionEvent> serializer = new AvroSerializer<>();
    serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
        SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true), false);
    byte[] bytes = serializer.serialize("imr.decisions", event());
    assertThat(WireFormat.schemaId(bytes)).isEqualTo(registered);

    AvroSerializer<DecisionEvent> strict = new AvroSerializer<>();
    strict.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
        SerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);
    assertThatThrownBy(() -> strict.serialize("unregistered", event()))
        .isInstanceOf(SerializationException.class).hasMessageContaining("unregistered-value");
  }

  @Test
  void garbageIsASerializationExceptionNotACrash() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {1, 2, 3, 4, 5, 6}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {0, 0, 0, 0, 99, 1}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("schema 99");
  }
}
