package org.imrstream.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.imrstream.topics.Topics;

/**
 * A raw letter record as the topology sees it: bytes, the producer's headers, and where it sits in
 * Kafka.
 */
record RawLetter(
    String key,
    byte[] bytes,
    String contentType,
    String sourceName,
    String topic,
    int partition,
    long offset,
    long timestampMs) {

  static RawLetter of(String key, byte[] bytes, Headers headers, RawPosition at, long timestampMs) {
    return new RawLetter(
        key,
        bytes,
        header(headers, Topics.HEADER_CONTENT_TYPE),
        header(headers, Topics.HEADER_SOURCE_NAME),
        at.topic(),
        at.partition(),
        at.offset(),
        timestampMs);
  }

  private static String header(Headers headers, String name) {
    if (headers == null) {
      return null;
    }
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  String describe() {
    return topic
        + "-"
        + partition
        + "@"
        + offset
        + (sourceName == null ? "" : " (" + sourceName + ")");
  }

  RawPosition position() {
    return new RawPosition(topic, partition, offset);
  }

  Instant timestamp() {
    return Instant.ofEpochMilli(timestampMs);
  }
}
