package org.imrstream.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro
 * binary.
 */
public final class WireFormat {

  public static final byte MAGIC_BYTE = 0x0;
  public static final int HEADER_LENGTH = 5;

  private WireFormat() {}

  /** A buffer that already holds the header for {@code schemaId}; the Avro binary goes after it. */
  static ByteArrayOutputStream startFrame(int schemaId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC_BYTE).putInt(schemaId).array());
    return out;
  }

  /** The schema id of a framed payload; fails on anything not in the wire format. */
  public static int schemaId(byte[] payload) {
    if (payload.length < HEADER_LENGTH) {
      throw new SerializationException(
          "not Confluent wire format: " + payload.length + " bytes is too short");
    }
    if (payload[0] != MAGIC_BYTE) {
      throw new SerializationException(
          "not Confluent wire format: unknown magic byte " + payload[0]);
    }
    return ByteBuffer.wrap(payload, 1, 4).getInt();
  }
}
