package org.imrstream.serde;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.imrstream.avro.Citation;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.Outcome;
import org.imrstream.avro.Patient;
import org.imrstream.avro.Provenance;
import org.imrstream.avro.Reviewer;
import org.imrstream.avro.Sex;

/** Records the tests write and read. */
public final class TestRecords {

  public static final LocalDate DECISION_DATE = LocalDate.of(2016, 12, 9);
  public static final Instant INGESTED = Instant.parse("2024-01-02T03:04:05Z");

  private TestRecords() {}

  /**
   * A DecisionEvent using every kind of field: logical-type dates, nested records, arrays of
   * records, enums.
   */
  public static DecisionEvent decision() {
    return DecisionEvent.newBuilder()
        .setDecisionId("CM16-0213037#1")
        .setLetterId("CM16-0213037")
        .setCaseNumber("CM16-0213037")
        .setDecisionIndex(1)
        .setDecisionCount(2)
        .setDateAssigned(LocalDate.of(2016, 11, 28))
        .setDecisionDate(DECISION_DATE)
        .setDateOfInjury(LocalDate.of(2009, 3, 17))
        .setReviewer(new Reviewer(List.of("California"), List.of("Orthopaedic Surgery", "Spine")))
        .setPatient(new Patient(45, Sex.FEMALE))
        .setItem("Lumbar MRI")
        .setOutcome(Outcome.UPHELD)
        .setGuideline("MTUS: Low Back Complaints")
        .setGuidelineFamily(GuidelineFamily.MTUS)
        .setReviewerCitations(
            List.of(
                new Citation(
                    GuidelineFamily.MTUS,
                    "Low Back Complaints",
                    2004,
                    List.of("Special Studies"),
                    List.of("303", "304"),
                    "Low Back Complaints 2004, Section(s): Special Studies"),
                new Citation(
                    GuidelineFamily.ODG, null, null, List.of(), List.of(), "ODG Low Back")))
        .setProvenance(
            Provenance.newBuilder()
                .setRawTopic("imr.letters.raw")
                .setPartition(3)
                .setOffset(42)
                .setIngestionTime(INGESTED)
                .setParserVersion("1.0.0")
                .build())
        .build();
  }

  /** An early DecisionEvent schema: fewer fields, none of the nullable ones added since. */
  public static Schema decisionV1() {
    Schema current = DecisionEvent.getClassSchema();
    return SchemaBuilder.record("DecisionEvent")
        .namespace("org.imrstream.avro")
        .fields()
        .requiredString("decisionId")
        .requiredString("letterId")
        .requiredInt("decisionIndex")
        .requiredInt("decisionCount")
        .requiredString("item")
        .name("outcome")
        .type(current.getField("outcome").schema())
        .noDefault()
        .requiredString("guideline")
        .name("guidelineFamily")
        .type(current.getField("guidelineFamily").schema())
        .noDefault()
        .endRecord();
  }

  public static GenericRecord decisionV1Record() {
    Schema v1 = decisionV1();
    GenericRecord old = new GenericData.Record(v1);
    old.put("decisionId", "CM13-0000001#1");
    old.put("letterId", "CM13-0000001");
    old.put("decisionIndex", 1);
    old.put("decisionCount", 1);
    old.put("item", "Cane");
    old.put("outcome", new GenericData.EnumSymbol(v1.getField("outcome").schema(), "OVERTURNED"));
    old.put("guideline", "NONE");
    old.put(
        "guidelineFamily",
        new GenericData.EnumSymbol(v1.getField("guidelineFamily").schema(), "NONE"));
    return old;
  }

  /**
   * A small record type whose version 2 adds a nullable field in the middle, to test matching by
   * name.
   */
  public static Schema letterV1() {
    return SchemaBuilder.record("Letter")
        .namespace("test.evolution")
        .fields()
        .requiredString("id")
        .requiredInt("pages")
        .endRecord();
  }

  public static Schema letterV2() {
    return SchemaBuilder.record("Letter")
        .namespace("test.evolution")
        .fields()
        .requiredString("id")
        .optionalString("note")
        .requiredInt("pages")
        .endRecord();
  }

  public static GenericRecord letter(Schema schema, String id, int pages) {
    GenericRecord letter = new GenericData.Record(schema);
    letter.put("id", id);
    letter.put("pages", pages);
    return letter;
  }
}
