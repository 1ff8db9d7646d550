package org.imrstream.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The schemas are meant to evolve BACKWARD compatibly: every optional field must be nullable with a
 * default, so that a reader on the current schema can read data written before a field existed.
 */
class SchemaCompatibilityTest {

  @Test
  void everyOptionalFieldIsNullableWithANullDefault() {
    for (Schema schema :
        List.of(DecisionEvent.SCHEMA$, ParseFailure.SCHEMA$, GuidelineOutcomeCounts.SCHEMA$)) {
      for (Schema.Field field : schema.getFields()) {
        if (field.schema().isNullable()) {
          assertThat(field.hasDefaultValue())
              .as("%s.%s has a default", schema.getName(), field.name())
              .isTrue();
          assertThat(field.schema().getTypes().get(0).getType())
              .as("%s.%s lists null first", schema.getName(), field.name())
              .isEqualTo(Schema.Type.NULL);
        }
      }
    }
  }

  @Test
  void currentDecisionEventReadsARecordWrittenWithOnlyTheRequiredFields() {
    // A minimal "version 0" writer: only the fields that have no default.
    SchemaBuilder.FieldAssembler<Schema> minimal =
        SchemaBuilder.record("DecisionEvent").namespace("org.imrstream.avro").fields();
    for (Schema.Field field : DecisionEvent.SCHEMA$.getFields()) {
      if (!field.hasDefaultValue()) {
        minimal = minimal.name(field.name()).type(field.schema()).noDefault();
      }
    }
    Schema writer = minimal.endRecord();

    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(DecisionEvent.SCHEMA$, writer);
    assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void datesAreAvroDateLogicalTypes() {
    Schema decisionDate = DecisionEvent.SCHEMA$.getField("decisionDate").schema().getTypes().get(1);
    assertThat(decisionDate.getLogicalType().getName()).isEqualTo("date");
  }
}
