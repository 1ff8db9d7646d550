package org.imrstream.apicurio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.GenericAvroSerde;
import org.imrstream.serde.SerdeConfig;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.TestRecords;
import org.imrstream.serde.WireFormat;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Schema evolution decided by a real registry: with compatibility BACKWARD, Apicurio takes a
 * DecisionEvent v2 with a new optional field and refuses one with a new required field; our client
 * reports the refusal with Apicurio's reason. Readers of either version read data of both.
 */
class BackwardCompatibilityIT {

  @RegisterExtension
  static final ApicurioRegistryExtension APICURIO = ApicurioRegistryExtension.shared();

  private final String topic = "evolution-" + UUID.randomUUID();
  private final String subject = topic + "-value";

  @Test
  void theRegistryEnforcesBackwardCompatibility() {
    assertThat(APICURIO.admin().compatibility()).isEqualTo(ApicurioRegistryExtension.COMPATIBILITY);
  }

  @Test
  void aNewOptionalFieldIsAcceptedAndOldAndNewReadersReadBothVersions() {
    DecisionEvent decision = TestRecords.decision();
    byte[] v1Bytes = specificSerde().serializer().serialize(topic, decision);
    GenericAvroSerde v2Writer = new GenericAvroSerde();
    v2Writer.configure(APICURIO.serdeConfig(Map.of()), false);
    byte[] v2Bytes =
        v2Writer.serializer().serialize(topic, DecisionSchemas.v2Record(decision, "2017-01-15"));

    assertThat(APICURIO.admin().versions(subject)).containsExactly(1, 2);
    assertThat(APICURIO.admin().schema(WireFormat.schemaId(v2Bytes)))
        .isEqualTo(DecisionSchemas.v2());
    assertThat(WireFormat.schemaId(v2Bytes)).isNotEqualTo(WireFormat.schemaId(v1Bytes));

    // Old reader, new data: the generated class (v1) resolves v2 bytes and drops the new field.
    assertThat(specificSerde().deserializer().deserialize(topic, v2Bytes)).isEqualTo(decision);

    // New reader, old data: with use.latest.version the reader schema is the subject's latest (v2),
    // and Avro fills the field v1 data lacks with its default.
    GenericAvroSerde v2Reader = new GenericAvroSerde();
    v2Reader.configure(
        APICURIO.serdeConfig(
            Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true)),
        false);
    GenericRecord oldAsNew = v2Reader.deserializer().deserialize(topic, v1Bytes);
    assertThat(oldAsNew.getSchema()).isEqualTo(DecisionSchemas.v2());
    assertThat(oldAsNew.get(DecisionSchemas.OPTIONAL_FIELD)).isNull();
    assertThat(oldAsNew.get("decisionId")).hasToString(decision.getDecisionId());
    assertThat(oldAsNew.get("item")).hasToString(decision.getItem());

    GenericRecord newAsNew = v2Reader.deserializer().deserialize(topic, v2Bytes);
    assertThat(newAsNew.get(DecisionSchemas.OPTIONAL_FIELD)).hasToString("2017-01-15");
  }

  @Test
  void aNewRequiredFieldIsRefusedWithApicuriosReason() {
    specificSerde().serializer().serialize(topic, TestRecords.decision());
    GenericAvroSerde writer = new GenericAvroSerde();
    writer.configure(APICURIO.serdeConfig(Map.of()), false);
    GenericRecord incompatible =
        DecisionSchemas.withRequiredFieldRecord(TestRecords.decision(), "reviewer-7");

    assertThatThrownBy(() -> writer.serializer().serialize(topic, incompatible))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("cannot get a schema id for subject '" + subject + "'")
        .hasMessageContaining(DecisionSchemas.REQUIRED_FIELD)
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).as("Conflict: incompatible schema").isEqualTo(409);
              assertThat(e.detail()).contains("Incompatible artifact");
            });
    assertThat(APICURIO.admin().versions(subject)).as("nothing registered").containsExactly(1);
  }

  private static SpecificAvroSerde<DecisionEvent> specificSerde() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(APICURIO.serdeConfig(Map.of()), false);
    return serde;
  }
}
