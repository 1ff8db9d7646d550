package org.imrstream.pipeline.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class TallySerdeTest {

  private final TallySerde serde = new TallySerde();

  @Test
  void aTallyRoundTripsInSeventeenBytes() {
    OutcomeTally tally = new OutcomeTally(123_456_789_012L, 7);
    byte[] bytes = serde.serializer().serialize("t", tally);
    assertThat(bytes).hasSize(17);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(tally);
  }

  @Test
  void nullStaysNullForTombstones() {
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void bytesOfAnotherFormatAreRefusedNotMisread() {
    assertThatThrownBy(
            () ->
                serde.deserializer().deserialize("t", "{\"upheld\":1,\"overturned\":2}".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("format");
  }
}
