package org.imrstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * Internal state written by one version of the pipeline is read by the next, and by the one before.
 */
class JsonSerdeTest {

  record VersionOne(String letterId, int decisions) {}

  record VersionTwo(String letterId, int decisions, String sha256) {}

  @Test
  void aFieldAddedLaterReadsAsItsDefaultFromOldState() {
    byte[] old =
        new JsonSerde<>(VersionOne.class)
            .serializer()
            .serialize("t", new VersionOne("CM17-0000001", 2));
    VersionTwo read = new JsonSerde<>(VersionTwo.class).deserializer().deserialize("t", old);
    assertThat(read).isEqualTo(new VersionTwo("CM17-0000001", 2, null));
  }

  @Test
  void aFieldUnknownToTheReaderIsIgnoredSoARollbackReadsNewState() {
    byte[] newer =
        new JsonSerde<>(VersionTwo.class)
            .serializer()
            .serialize("t", new VersionTwo("CM17-0000001", 2, "ab12"));
    assertThat(new JsonSerde<>(VersionOne.class).deserializer().deserialize("t", newer))
        .isEqualTo(new VersionOne("CM17-0000001", 2));
  }

  @Test
  void bytesThatAreNotJsonFailWithTheTypeNamed() {
    assertThatThrownBy(
            () ->
                new JsonSerde<>(VersionOne.class)
                    .deserializer()
                    .deserialize("t", "not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("VersionOne");
  }

  @Test
  void nullStaysNullBothWays() {
    JsonSerde<VersionOne> serde = new JsonSerde<>(VersionOne.class);
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }
}
