package org.imrstream.producer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.text.LetterText;
import org.imrstream.topics.Topics;

/**
 * Builds the raw-letter record: key = letter id, value = the bytes untouched, headers describing
 * them.
 */
public final class RawLetterRecords {

  public static final String PDF = "application/pdf";
  public static final String TEXT = "text/plain; charset=utf-8";

  private RawLetterRecords() {}

  public static ProducerRecord<String, byte[]> of(String topic, Letter letter, Instant receivedAt) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(
        Topics.HEADER_CONTENT_TYPE, contentType(letter.bytes()).getBytes(StandardCharsets.UTF_8));
    headers.add(Topics.HEADER_SOURCE_NAME, letter.sourceName().getBytes(StandardCharsets.UTF_8));
    headers.add(Topics.HEADER_RECEIVED_AT, receivedAt.toString().getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(
        topic, null, null, LetterIdentity.of(letter.bytes()), letter.bytes(), headers);
  }

  static String contentType(byte[] bytes) {
    return LetterText.isPdf(bytes) ? PDF : TEXT;
  }
}
