package org.imrstream.serde;

import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Avro schema of a value to serialize: records carry theirs; primitives map as Confluent maps
 * them.
 */
final class AvroSchemas {

  private AvroSchemas() {}

  static Schema of(Object value) {
    if (value instanceof GenericContainer container) {
      return container.getSchema();
    }
    if (value instanceof CharSequence) {
      return Schema.create(Schema.Type.STRING);
    }
    if (value instanceof Integer) {
      return Schema.create(Schema.Type.INT);
    }
    if (value instanceof Long) {
      return Schema.create(Schema.Type.LONG);
    }
    if (value instanceof Boolean) {
      return Schema.create(Schema.Type.BOOLEAN);
    }
    if (value instanceof Float) {
      return Schema.create(Schema.Type.FLOAT);
    }
    if (value instanceof Double) {
      return Schema.create(Schema.Type.DOUBLE);
    }
    if (value instanceof byte[] || value instanceof ByteBuffer) {
      return Schema.create(Schema.Type.BYTES);
    }
    throw new SerializationException(
        "cannot serialize a "
            + value.getClass().getName()
            + " with Avro: "
            + "use a generated record, a GenericRecord or a primitive");
  }
}
