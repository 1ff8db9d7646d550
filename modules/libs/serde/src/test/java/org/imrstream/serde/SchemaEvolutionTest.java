package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.Outcome;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.MockRegistries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data written with an older schema is still readable, and {@code use.latest.version} writes what
 * is registered.
 */
class SchemaEvolutionTest {

  private final String scope = "evolution-" + UUID.randomUUID();
  private final String url = "mock://" + scope;
  private final InMemorySchemaRegistry registry = MockRegistries.scope(scope);

  @AfterEach
  void dropScope() {
    MockRegistries.drop(scope);
  }

  @Test
  void anOldDecisionIsReadIntoTheCurrentClassWithTheAddedNullableFieldsEmpty() {
    GenericAvroSerde oldWriter = new GenericAvroSerde();
    oldWriter.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    byte[] bytes =
        oldWriter.serializer().serialize("imr.decisions", TestRecords.decisionV1Record());
    assertThat(registry.byId(WireFormat.schemaId(bytes)).getField("caseNumber"))
        .as("written without it")
        .isNull();

    SpecificAvroSerde<DecisionEvent> current = new SpecificAvroSerde<>();
    current.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    DecisionEvent read = current.deserializer().deserialize("imr.decisions", bytes);

    assertThat(read.getItem()).isEqualTo("Cane");
    assertThat(read.getOutcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(read.getCaseNumber()).as("added later, nullable, default null").isNull();
    assertThat(read.getDecisionDate()).isNull();
    assertThat(read.getReviewerCitations()).as("added later, default []").isEmpty();
  }

  @Test
  void aGenericReaderWithUseLatestVersionReadsOldDataAsTheLatestSchema() {
    GenericAvroSerde v1Writer = new GenericAvroSerde();
    v1Writer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    byte[] old =
        v1Writer
            .serializer()
            .serialize("letters", TestRecords.letter(TestRecords.letterV1(), "a", 3));
    registry.register("letters-value", TestRecords.letterV2());

    GenericAvroSerde latestReader = new GenericAvroSerde();
    latestReader.configure(
        Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.USE_LATEST_VERSION, true), false);
    GenericRecord read = latestReader.deserializer().deserialize("letters", old);
    assertThat(read.getSchema()).isEqualTo(TestRecords.letterV2());
    assertThat(read.get("note")).isNull();
    assertThat(read.get("pages")).isEqualTo(3);

    GenericAvroSerde writerSchemaReader = new GenericAvroSerde();
    writerSchemaReader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    assertThat(writerSchemaReader.deserializer().deserialize("letters", old).getSchema())
        .as("without use.latest.version the writer's schema is the reader's")
        .isEqualTo(TestRecords.letterV1());
  }

  @Test
  void useLatestVersionWithoutAutoRegisterWritesTheRegisteredSchemaById() {
    int registered = registry.register("imr.decisions-value", DecisionEvent.getClassSchema());
    AvroSerializer<DecisionEvent> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            url,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            false,
            SerdeConfig.USE_LATEST_VERSION,
            true),
        false);

    byte[] bytes = serializer.serialize("imr.decisions", TestRecords.decision());

    assertThat(WireFormat.schemaId(bytes)).isEqualTo(registered);
    assertThat(registry.versions("imr.decisions-value")).containsExactly(1);
    SpecificAvroSerde<DecisionEvent> reader = new SpecificAvroSerde<>();
    reader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    assertThat(reader.deserializer().deserialize("imr.decisions", bytes))
        .isEqualTo(TestRecords.decision());
  }

  @Test
  void useLatestVersionConvertsAnOlderRecordToTheLatestSchemaByFieldName() {
    registry.register("letters-value", TestRecords.letterV1());
    int latestId =
        registry.register(
            "letters-value", TestRecords.letterV2()); // "note" inserted before "pages"
    AvroSerializer<GenericRecord> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            url,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            "false",
            SerdeConfig.USE_LATEST_VERSION,
            "true"),
        false);

    byte[] bytes =
        serializer.serialize("letters", TestRecords.letter(TestRecords.letterV1(), "b", 12));

    assertThat(WireFormat.schemaId(bytes)).isEqualTo(latestId);
    GenericAvroSerde reader = new GenericAvroSerde();
    reader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
    GenericRecord read = reader.deserializer().deserialize("letters", bytes);
    assertThat(read.get("id")).hasToString("b");
    assertThat(read.get("note")).isNull();
    assertThat(read.get("pages")).as("matched by name, not by position").isEqualTo(12);
  }

  @Test
  void useLatestVersionRefusesALatestSchemaThatCannotReadTheRecord() {
    Schema stricter =
        SchemaBuilder.record("Letter")
            .namespace("test.evolution")
            .fields()
            .requiredString("id")
            .requiredInt("pages")
            .requiredString("mandatoryNote")
            .endRecord();
    registry.register("letters-value", stricter);
    AvroSerializer<GenericRecord> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            url,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            false,
            SerdeConfig.USE_LATEST_VERSION,
            true),
        false);

    assertThatThrownBy(
            () ->
                serializer.serialize("letters", TestRecords.letter(TestRecords.letterV1(), "c", 1)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("letters-value")
        .hasMessageContaining("mandatoryNote");
  }

  @Test
  void autoRegisterTakesPrecedenceOverUseLatestVersionAsInConfluent() {
    registry.register("letters-value", TestRecords.letterV2());
    AvroSerializer<GenericRecord> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.USE_LATEST_VERSION, true), false);

    byte[] bytes =
        serializer.serialize("letters", TestRecords.letter(TestRecords.letterV1(), "d", 2));

    assertThat(registry.byId(WireFormat.schemaId(bytes))).isEqualTo(TestRecords.letterV1());
    assertThat(registry.versions("letters-value")).containsExactly(1, 2);
  }

  @Test
  void theLatestSchemaIsCachedUnlessItsTimeToLiveSaysOtherwise() {
    registry.register("letters-value", TestRecords.letterV1());
    AvroSerializer<GenericRecord> cached = new AvroSerializer<>();
    cached.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            url,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            false,
            SerdeConfig.USE_LATEST_VERSION,
            true),
        false);
    AvroSerializer<GenericRecord> uncached = new AvroSerializer<>();
    uncached.configure(
        Map.of(
            SerdeConfig.SCHEMA_REGISTRY_URL,
            url,
            SerdeConfig.AUTO_REGISTER_SCHEMAS,
            false,
            SerdeConfig.USE_LATEST_VERSION,
            true,
            SerdeConfig.LATEST_CACHE_TTL_SEC,
            0),
        false);
    GenericRecord record = TestRecords.letter(TestRecords.letterV1(), "e", 5);
    int v1 = WireFormat.schemaId(cached.serialize("letters", record));
    assertThat(WireFormat.schemaId(uncached.serialize("letters", record))).isEqualTo(v1);

    int v2 = registry.register("letters-value", TestRecords.letterV2());

    assertThat(WireFormat.schemaId(cached.serialize("letters", record))).isEqualTo(v1);
    assertThat(WireFormat.schemaId(uncached.serialize("letters", record))).isEqualTo(v2);
  }
}
