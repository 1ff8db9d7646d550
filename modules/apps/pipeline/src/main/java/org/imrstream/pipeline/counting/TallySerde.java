package org.imrstream.pipeline.counting;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link OutcomeTally} in the count stores and their changelogs: a format byte, then upheld and
 * overturned as two big-endian longs (17 bytes). Counting is the hot path (every decision updates a
 * daily and an all-time tally), and Jackson was a quarter of its CPU; two numbers need no schema to
 * evolve, and the format byte leaves room for a third.
 */
public final class TallySerde implements Serde<OutcomeTally> {

  static final byte FORMAT = 1;
  static final int SIZE = 1 + 2 * Long.BYTES;

  @Override
  public Serializer<OutcomeTally> serializer() {
    return (topic, tally) -> {
      if (tally == null) {
        return null;
      }
      return ByteBuffer.allocate(SIZE)
          .put(FORMAT)
          .putLong(tally.upheld())
          .putLong(tally.overturned())
          .array();
    };
  }

  @Override
  public Deserializer<OutcomeTally> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length != SIZE || bytes[0] != FORMAT) {
        throw new SerializationException(
            "not a tally of format " + FORMAT + ": " + bytes.length + " bytes");
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, SIZE - 1);
      return new OutcomeTally(buffer.getLong(), buffer.getLong());
    };
  }
}
