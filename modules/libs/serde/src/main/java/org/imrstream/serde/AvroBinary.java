package org.imrstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Avro binary encoding of one datum, with the data model that knows the datum's classes and logical
 * types.
 */
final class AvroBinary {

  private AvroBinary() {}

  static void write(Object datum, Schema schema, OutputStream out) throws IOException {
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    // Avro's BYTES are ByteBuffers; a byte[] is the natural Java value, so accept it too.
    writer(datum, schema)
        .write(datum instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : datum, encoder);
    encoder.flush();
  }

  /**
   * {@code datum}, written with schema {@code from}, as a generic datum of schema {@code to}:
   * Avro's schema resolution fills added fields with their defaults and drops removed ones. Going
   * through bytes is what makes this match field names rather than positions, which differ between
   * schema versions.
   */
  static Object convert(Object datum, Schema from, Schema to) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    write(datum, from, buffer);
    return new GenericDatumReader<>(from, to, GenericData.get())
        .read(null, DecoderFactory.get().binaryDecoder(buffer.toByteArray(), null));
  }

  private static DatumWriter<Object> writer(Object datum, Schema schema) {
    if (datum instanceof SpecificRecordBase record) {
      return new SpecificDatumWriter<>(
          schema, record.getSpecificData()); // with the class's date/time conversions
    }
    if (datum instanceof SpecificRecord) {
      return new SpecificDatumWriter<>(schema, SpecificData.getForClass(datum.getClass()));
    }
    return new GenericDatumWriter<>(schema, GenericData.get());
  }
}
