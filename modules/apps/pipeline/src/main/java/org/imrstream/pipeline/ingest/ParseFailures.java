package org.imrstream.pipeline.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;

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
    return of(letterId, code, reason, raw, nowMs, maxOriginalBytes, null);
  }

  /**
   * The same for a parser's failure, with what it read before it failed: the header, and which
   * decision it could not read. The letter is still dead-lettered whole.
   */
  static ParseFailure of(
      String letterId,
      String code,
      String reason,
      RawLetter raw,
      long nowMs,
      int maxOriginalBytes,
      ParseResult.Failure failure) {
    ParseFailure.Builder builder = builder(letterId, code, reason, raw, nowMs, maxOriginalBytes);
    if (failure != null && failure.header() != null) {
      builder.setCaseNumber(failure.header().caseNumber());
      builder.setDecisionDate(failure.header().decisionDate());
    }
    if (failure != null && failure.decision() != null) {
      builder.setUnreadableDecision(failure.decision().number());
      builder.setUnreadableItem(failure.decision().item());
    }
    return builder.build();
  }

  private static ParseFailure.Builder builder(
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
        .setParserVersion(LetterParser.VERSION);
  }
}
