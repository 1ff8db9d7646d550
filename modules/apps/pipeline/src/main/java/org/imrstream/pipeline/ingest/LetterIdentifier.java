package org.imrstream.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.imrstream.identity.LetterIdentity;

/**
 * Keys each raw letter by its own identity (the case number it states, else the SHA-256 of its
 * bytes), whatever key the client that published it chose, so that re-sends and amendments meet in
 * one partition of the version store. The record's place on the raw topic travels along in headers:
 * after the repartition it is the only way a dead letter or a decision event can still point at the
 * letter as received.
 */
public final class LetterIdentifier implements Processor<String, byte[], String, byte[]> {

  static final String HEADER_RAW_TOPIC = "imr.raw.topic";
  static final String HEADER_RAW_PARTITION = "imr.raw.partition";
  static final String HEADER_RAW_OFFSET = "imr.raw.offset";

  private ProcessorContext<String, byte[]> context;

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    byte[] bytes = record.value() == null ? new byte[0] : record.value();
    Headers headers = new RecordHeaders(record.headers().toArray());
    context
        .recordMetadata()
        .ifPresent(
            meta -> {
              put(headers, HEADER_RAW_TOPIC, meta.topic());
              put(headers, HEADER_RAW_PARTITION, Integer.toString(meta.partition()));
              put(headers, HEADER_RAW_OFFSET, Long.toString(meta.offset()));
            });
    context.forward(record.withKey(identify(bytes)).withHeaders(headers));
  }

  /**
   * The letter's id; a letter whose case number cannot even be looked for is still identified by
   * its bytes.
   */
  static String identify(byte[] bytes) {
    try {
      return LetterIdentity.of(bytes);
    } catch (RuntimeException unreadable) {
      return LetterIdentity.sha256(bytes);
    }
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Where the record sat on the raw topic: from the headers this step wrote, else the record's own
   * metadata.
   */
  static RawPosition coordinates(Headers headers, RecordMetadata meta) {
    String topic = header(headers, HEADER_RAW_TOPIC);
    String partition = header(headers, HEADER_RAW_PARTITION);
    String offset = header(headers, HEADER_RAW_OFFSET);
    if (topic != null && partition != null && offset != null) {
      return new RawPosition(topic, Integer.parseInt(partition), Long.parseLong(offset));
    }
    return new RawPosition(meta.topic(), meta.partition(), meta.offset());
  }

  private static String header(Headers headers, String name) {
    var header = headers == null ? null : headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
