package org.imrstream.apicurio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.AvroSerializer;
import org.imrstream.serde.GenericAvroSerde;
import org.imrstream.serde.SerdeConfig;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.TestRecords;
import org.imrstream.serde.WireFormat;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Our serde against a registry we did not write: it registers and reads through Apicurio's
 * Confluent-compatible API over real HTTP, and the ids on the wire are the ones Apicurio gave. Each
 * test has a topic, and so subjects, of its own.
 */
class CcompatSerdeIT {

  @RegisterExtension
  static final ApicurioRegistryExtension APICURIO = ApicurioRegistryExtension.shared();

  private final String topic = "serde-" + UUID.randomUUID();
  private final String subject = topic + "-value";

  @Test
  void aDecisionRoundTripsUnderTheIdApicurioGaveItsSchema() {
    SpecificAvroSerde<DecisionEvent> serde = specificSerde();
    DecisionEvent decision = TestRecords.decision();

    byte[] bytes = serde.serializer().serialize(topic, decision);

    int id = WireFormat.schemaId(bytes);
    assertThat(APICURIO.admin().versions(subject)).containsExactly(1);
    assertThat(id).as("Apicurio's id of the subject's version").isEqualTo(latestId());
    assertThat(APICURIO.admin().schema(id)).isEqualTo(DecisionEvent.getClassSchema());
    assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(decision);
  }

  @Test
  void aSecondSerializerFindsTheSameIdAndAddsNoVersion() {
    byte[] first = specificSerde().serializer().serialize(topic, TestRecords.decision());
    // A new serde has a client of its own with empty caches: the id comes from Apicurio again.
    byte[] second = specificSerde().serializer().serialize(topic, TestRecords.decision());
    AvroSerializer<DecisionEvent> lookupOnly = new AvroSerializer<>();
    lookupOnly.configure(
        APICURIO.serdeConfig(Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false)), false);
    byte[] lookedUp = lookupOnly.serialize(topic, TestRecords.decision());

    assertThat(WireFormat.schemaId(second)).isEqualTo(WireFormat.schemaId(first));
    assertThat(WireFormat.schemaId(lookedUp))
        .as("POST /subjects/{subject} finds the registered schema")
        .isEqualTo(WireFormat.schemaId(first));
    assertThat(APICURIO.admin().versions(subject)).containsExactly(1);
  }

  @Test
  void aGenericRecordRoundTripsUnderItsOwnSchema() {
    GenericAvroSerde serde = new GenericAvroSerde();
    serde.configure(APICURIO.serdeConfig(Map.of()), false);
    GenericRecord old = TestRecords.decisionV1Record();

    byte[] bytes = serde.serializer().serialize(topic, old);

    assertThat(WireFormat.schemaId(bytes)).isEqualTo(latestId());
    assertThat(APICURIO.admin().schema(WireFormat.schemaId(bytes))).isEqualTo(old.getSchema());
    GenericRecord read = serde.deserializer().deserialize(topic, bytes);
    assertThat(read.getSchema()).isEqualTo(old.getSchema());
    assertThat(read).isEqualTo(old);
  }

  @Test
  void oneSchemaUnderTwoSubjectsHasOneIdAsConfluentsGlobalIdsDo() {
    byte[] here = specificSerde().serializer().serialize(topic, TestRecords.decision());
    byte[] there = specificSerde().serializer().serialize(topic + "-copy", TestRecords.decision());

    assertThat(WireFormat.schemaId(there)).isEqualTo(WireFormat.schemaId(here));
  }

  @Test
  void aSerializerThatMayNotRegisterFailsOnAnUnknownSubjectWithApicuriosErrorCode() {
    AvroSerializer<DecisionEvent> lookupOnly = new AvroSerializer<>();
    lookupOnly.configure(
        APICURIO.serdeConfig(Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false)), false);

    assertThatThrownBy(() -> lookupOnly.serialize(topic, TestRecords.decision()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining(subject)
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).as("subject not found").isEqualTo(40401);
            });
  }

  private int latestId() {
    return APICURIO.admin().latestId(subject);
  }

  private static SpecificAvroSerde<DecisionEvent> specificSerde() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(APICURIO.serdeConfig(Map.of()), false);
    return serde;
  }
}
