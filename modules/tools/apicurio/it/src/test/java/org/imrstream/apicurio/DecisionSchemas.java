package org.imrstream.apicurio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.imrstream.avro.DecisionEvent;

/**
 * Later versions of the DecisionEvent schema, made from the JSON of the one {@code
 * schemas/DecisionEvent.avsc} compiles to (v1), with one field appended: the changes a registry
 * with BACKWARD compatibility must accept or refuse.
 */
final class DecisionSchemas {

  /** The field v2 adds: optional, default null. */
  static final String OPTIONAL_FIELD = "appealDeadline";

  /** The field the incompatible version adds: required, no default. */
  static final String REQUIRED_FIELD = "reviewerId";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionSchemas() {}

  /** The schema of the generated class, as the pipeline registers it. */
  static Schema v1() {
    return DecisionEvent.getClassSchema();
  }

  /** v1 plus {@value #OPTIONAL_FIELD}: a v2 reader fills it with null in v1 data, so BACKWARD. */
  static Schema v2() {
    ObjectNode field = JSON.createObjectNode().put("name", OPTIONAL_FIELD);
    field.putArray("type").add("null").add("string");
    field.putNull("default");
    return withField(field);
  }

  /** v1 plus {@value #REQUIRED_FIELD}: a reader of it has nothing to fill it with in v1 data. */
  static Schema withRequiredField() {
    return withField(JSON.createObjectNode().put("name", REQUIRED_FIELD).put("type", "string"));
  }

  private static Schema withField(ObjectNode field) {
    try {
      ObjectNode schema = (ObjectNode) JSON.readTree(v1().toString());
      ((ArrayNode) schema.get("fields")).add(field);
      return new Schema.Parser().parse(JSON.writeValueAsString(schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code decision} as a v2 record: every v1 field, and {@value #OPTIONAL_FIELD} set. */
  static GenericRecord v2Record(DecisionEvent decision, String appealDeadline) {
    GenericRecord record = readAs(v2(), decision);
    record.put(OPTIONAL_FIELD, appealDeadline);
    return record;
  }

  /** {@code decision} as a record of the incompatible version, {@value #REQUIRED_FIELD} set. */
  static GenericRecord withRequiredFieldRecord(DecisionEvent decision, String reviewerId) {
    GenericRecord v2 = readAs(v2(), decision);
    GenericRecord record = new GenericData.Record(withRequiredField());
    for (Schema.Field field : record.getSchema().getFields()) {
      if (v2.hasField(field.name())) {
        record.put(field.name(), v2.get(field.name()));
      }
    }
    record.put(REQUIRED_FIELD, reviewerId);
    return record;
  }

  /**
   * {@code decision} written with v1 and read back with {@code reader}: Avro's schema resolution
   * matches fields by name and fills the added ones with their defaults.
   */
  private static GenericRecord readAs(Schema reader, DecisionEvent decision) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
      new SpecificDatumWriter<DecisionEvent>(v1(), decision.getSpecificData())
          .write(decision, encoder);
      encoder.flush();
      return new GenericDatumReader<GenericRecord>(v1(), reader, GenericData.get())
          .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
