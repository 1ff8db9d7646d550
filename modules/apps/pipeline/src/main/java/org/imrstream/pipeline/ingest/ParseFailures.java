package org.imrstream.pipeline.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;

/** Builds dead-letter records that keep everything needed to replay or inspect what failed. */
public final class ParseFailures {

  private ParseFailures() {}

  /**
   * Reason code of a letter the parser broke on (a parser bug): the letter is kept for a replay
   * after the fix.
   */
  public static final String PARSER_ERROR = "PARSER_ERROR";

  /**
   * A dead letter for {@code raw}, carrying at most {@code maxOriginalBytes} of it: a letter close
   * to the raw topic's size limit plus the failure's metadata would not fit in one record, and the
   * raw coordinates always lead back to the whole letter, since the raw topic keeps every letter.
   */
  static ParseFailure of(
      String letterId,
      String code,
      String reason,
      RawLetter raw,
      long nowMs,
      int maxOriginalBytes) {
    byte[] bytes = raw.bytes() == null ? new byte[0] : raw.bytes();
    boolean truncated = bytes.length > maxOriginalBytes;
    return ParseFailure.newBuilder()
        .setLetterId(letterId)
        .setReasonCode(code)
        .setReason(reason)
        .setOriginalBytes(
            ByteBuffer.wrap(bytes, 0, truncated ? maxOriginalBytes : bytes.length).slice())
        .setOriginalSize((long) bytes.length)
        .setOriginalTruncated(truncated)
        .setContentType(raw.contentType())
        .setSourceName(raw.sourceName())
        .setRawTopic(raw.topic())
        .setPartition(raw.partition())
        .setOffset(raw.offset())
        .setFailedAt(Instant.ofEpochMilli(nowMs))
        .setParserVersion(LetterParser.VERSION)
        .build();
  }
}
