package org.imrstream.apicurio;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.GenericAvroSerde;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.TestRecords;
import org.imrstream.serde.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Apicurio's own Avro serde, in its Confluent id mode, and ours share topics: each reads what the
 * other writes, and both register a schema as the same subject and id. Apicurio's goes through
 * Apicurio's own API, ours through the Confluent-compatible one.
 */
class ApicurioSerdeInteropIT {

  @RegisterExtension
  static final ApicurioRegistryExtension APICURIO = ApicurioRegistryExtension.shared();

  private final String topic = "interop-" + UUID.randomUUID();

  @Test
  void whatApicuriosSerializerWritesOurDeserializersRead() {
    DecisionEvent decision = TestRecords.decision();
    byte[] bytes;
    try (AvroKafkaSerializer<DecisionEvent> theirs =
        ApicurioSerdes.valueSerializer(APICURIO.registryV2Url())) {
      bytes = theirs.serialize(topic, decision);
    }

    assertThat(WireFormat.schemaId(bytes))
        .as("the id the ccompat API shows for the subject Apicurio's serializer registered")
        .isEqualTo(APICURIO.admin().latestId(topic + "-value"));
    assertThat(specificSerde().deserializer().deserialize(topic, bytes)).isEqualTo(decision);
    GenericAvroSerde generic = new GenericAvroSerde();
    generic.configure(APICURIO.serdeConfig(Map.of()), false);
    GenericRecord read = generic.deserializer().deserialize(topic, bytes);
    assertThat(read.get("decisionId")).hasToString(decision.getDecisionId());
  }

  @Test
  void whatOurSerializerWritesApicuriosDeserializersRead() {
    DecisionEvent decision = TestRecords.decision();
    byte[] bytes = specificSerde().serializer().serialize(topic, decision);

    try (AvroKafkaDeserializer<DecisionEvent> specific =
            ApicurioSerdes.valueDeserializer(APICURIO.registryV2Url(), true);
        AvroKafkaDeserializer<GenericRecord> generic =
            ApicurioSerdes.valueDeserializer(APICURIO.registryV2Url(), false)) {
      assertThat(specific.deserialize(topic, bytes)).isEqualTo(decision);
      GenericRecord read = generic.deserialize(topic, bytes);
      assertThat(read.getSchema()).isEqualTo(DecisionEvent.getClassSchema());
      assertThat(read.get("item")).hasToString(decision.getItem());
    }
  }

  @Test
  void bothSerializersWriteTheSameBytesUnderOneVersion() {
    DecisionEvent decision = TestRecords.decision();
    byte[] ours = specificSerde().serializer().serialize(topic, decision);
    byte[] theirs;
    try (AvroKafkaSerializer<DecisionEvent> serializer =
        ApicurioSerdes.valueSerializer(APICURIO.registryV2Url())) {
      theirs = serializer.serialize(topic, decision);
    }

    assertThat(theirs).isEqualTo(ours);
    assertThat(APICURIO.admin().versions(topic + "-value")).containsExactly(1);
  }

  private static SpecificAvroSerde<DecisionEvent> specificSerde() {
    SpecificAvroSerde<DecisionEvent> serde = new SpecificAvroSerde<>();
    serde.configure(APICURIO.serdeConfig(Map.of()), false);
    return serde;
  }
}
