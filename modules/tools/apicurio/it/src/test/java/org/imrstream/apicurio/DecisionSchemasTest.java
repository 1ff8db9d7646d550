package org.imrstream.apicurio;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.JsonProperties;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericRecord;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.serde.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * The schema versions the compatibility tests give Apicurio are what they claim by Avro's own
 * rules, so that a test failing there is about the registry, not about the versions.
 */
class DecisionSchemasTest {

  @Test
  void v2IsV1WithOneOptionalFieldThatAV2ReaderFillsInV1Data() {
    assertThat(DecisionSchemas.v2().getFields())
        .hasSize(DecisionEvent.getClassSchema().getFields().size() + 1);
    assertThat(DecisionSchemas.v2().getField(DecisionSchemas.OPTIONAL_FIELD).defaultVal())
        .isEqualTo(JsonProperties.NULL_VALUE);
    assertThat(
            SchemaCompatibility.checkReaderWriterCompatibility(
                    DecisionSchemas.v2(), DecisionSchemas.v1())
                .getType())
        .as("backward: a v2 reader reads v1 data")
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void aRequiredFieldMakesAVersionThatCannotReadV1Data() {
    assertThat(
            SchemaCompatibility.checkReaderWriterCompatibility(
                    DecisionSchemas.withRequiredField(), DecisionSchemas.v1())
                .getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void recordsOfTheNewVersionsKeepEveryV1Value() {
    DecisionEvent decision = TestRecords.decision();
    GenericRecord v2 = DecisionSchemas.v2Record(decision, "2017-01-15");
    GenericRecord required = DecisionSchemas.withRequiredFieldRecord(decision, "reviewer-7");

    assertThat(v2.get("decisionId")).hasToString(decision.getDecisionId());
    assertThat(v2.get(DecisionSchemas.OPTIONAL_FIELD)).isEqualTo("2017-01-15");
    assertThat(required.get("item")).hasToString(decision.getItem());
    assertThat(required.get(DecisionSchemas.REQUIRED_FIELD)).isEqualTo("reviewer-7");
  }
}
