package org.imrstream.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowKeysTest {

  @Test
  void aWindowKeyNamesItsGuidelineAndStartAndGivesTheGuidelineBack() {
    String key = WindowKeys.of("ODG:Pain (Chronic)", Instant.parse("2016-11-01T00:00:00Z"));
    assertThat(key).isEqualTo("ODG:Pain (Chronic)@2016-11-01T00:00:00Z");
    assertThat(WindowKeys.guideline(key)).isEqualTo("ODG:Pain (Chronic)");
  }

  @Test
  void aKeyWithoutAWindowIsItsOwnGuideline() {
    assertThat(WindowKeys.guideline("NONE")).isEqualTo("NONE");
  }
}
