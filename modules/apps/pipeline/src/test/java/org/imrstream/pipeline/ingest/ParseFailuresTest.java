package org.imrstream.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.imrstream.avro.ParseFailure;
import org.junit.jupiter.api.Test;

class ParseFailuresTest {

  @Test
  void aLetterLargerThanTheLimitIsCutAndSaysSoWithItsRawCoordinates() {
    byte[] letter = new byte[1000];
    letter[99] = 7;
    RawLetter raw =
        new RawLetter("id", letter, "text/plain", "big.txt", "imr.letters.raw", 3, 42L, 0L);
    ParseFailure failure = ParseFailures.of("id", "UNKNOWN_LAYOUT", "no sections", raw, 0L, 100);
    ByteBuffer kept = failure.getOriginalBytes();
    assertThat(kept.remaining()).isEqualTo(100);
    assertThat(kept.get(99)).isEqualTo((byte) 7);
    assertThat(failure.getOriginalSize()).isEqualTo(1000);
    assertThat(failure.getOriginalTruncated()).isTrue();
    assertThat(failure.getPartition()).isEqualTo(3);
    assertThat(failure.getOffset()).isEqualTo(42);
  }

  @Test
  void aLetterWithinTheLimitIsKeptWhole() {
    RawLetter raw =
        new RawLetter("id", new byte[] {1, 2, 3}, null, null, "imr.letters.raw", 0, 0L, 0L);
    ParseFailure failure = ParseFailures.of("id", "NOT_TEXT", "binary", raw, 0L, 100);
    assertThat(failure.getOriginalBytes().remaining()).isEqualTo(3);
    assertThat(failure.getOriginalTruncated()).isFalse();
  }
}
