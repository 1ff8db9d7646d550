package org.imrstream.streams.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;

/** Builds dead-letter records that keep everything needed to replay or inspect what failed. */
public final class ParseFailures {

  /** Reason code of decisions that arrived after their windows closed (beyond grace). */
  public static final String LATE = "late";

  private ParseFailures() {}

  static ParseFailure of(String letterId, String code, String reason, RawLetter raw, long nowMs) {
    return ParseFailure.newBuilder()
        .setLetterId(letterId)
        .setReasonCode(code)
        .setReason(reason)
        .setOriginalBytes(ByteBuffer.wrap(raw.bytes() == null ? new byte[0] : raw.bytes()))
        .setContentType(raw.contentType())
        .setSourceName(raw.sourceName())
        .setRawTopic(raw.topic())
        .setPartition(raw.partition())
        .setOffset(raw.offset())
        .setFailedAt(Instant.ofEpochMilli(nowMs))
        .setParserVersion(LetterParser.VERSION)
        .build();
  }

  /** A decision too late for its windows; its "original bytes" are the delta as JSON, the letter stays on raw. */
  public static ParseFailure late(String letterId, String reason, byte[] deltaJson, String rawTopic, int partition,
      long offset, long nowMs) {
    return ParseFailure.newBuilder()
        .setLetterId(letterId)
        .setReasonCode(LATE)
        .setReason(reason)
        .setOriginalBytes(ByteBuffer.wrap(deltaJson))
        .setContentType("application/json")
        .setSourceName(null)
        .setRawTopic(rawTopic)
        .setPartition(partition)
        .setOffset(offset)
        .setFailedAt(Instant.ofEpochMilli(nowMs))
        .setParserVersion(LetterParser.VERSION)
        .build();
  }
}
