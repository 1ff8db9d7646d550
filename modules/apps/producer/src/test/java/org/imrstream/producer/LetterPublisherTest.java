package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

class LetterPublisherTest {

  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  private final Clock clock = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void keyIsTheLetterIdValueTheUntouchedBytesAndHeadersDescribeThem() {
    byte[] withCase = "Case Number: CM16-0213037\nbody".getBytes(StandardCharsets.UTF_8);
    byte[] withoutCase = "an excerpt without header".getBytes(StandardCharsets.UTF_8);
    try (LetterPublisher publisher = new LetterPublisher(producer, "raw", clock)) {
      publisher.publish(Letter.fromBytes("a.txt", withCase)).join();
      publisher.publish(Letter.fromBytes("b.txt", withoutCase)).join();
      assertThat(publisher.summary().letters()).isEqualTo(2);
      assertThat(publisher.summary().bytes()).isEqualTo(withCase.length + withoutCase.length);
    }
    List<ProducerRecord<String, byte[]>> sent = producer.history();
    assertThat(sent)
        .extracting(ProducerRecord::key)
        .containsExactly("CM16-0213037", LetterIdentity.sha256(withoutCase));
    assertThat(sent.get(0).value()).isEqualTo(withCase);
    assertThat(sent.get(0).topic()).isEqualTo("raw");
    assertThat(header(sent.get(0), Topics.HEADER_CONTENT_TYPE))
        .isEqualTo("text/plain; charset=utf-8");
    assertThat(header(sent.get(0), Topics.HEADER_SOURCE_NAME)).isEqualTo("a.txt");
    assertThat(header(sent.get(0), Topics.HEADER_RECEIVED_AT)).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(RawLetterRecords.contentType("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("application/pdf");
  }

  @Test
  void defaultsAreSafeAndUserSettingsWin() {
    Properties defaults = LetterPublisher.producerProperties(Map.of());
    assertThat(defaults)
        .containsEntry("enable.idempotence", true)
        .containsEntry("acks", "all")
        .containsEntry("compression.type", "zstd")
        .containsEntry("linger.ms", 20)
        .containsEntry("batch.size", 256 * 1024);
    assertThat((Integer) defaults.get("max.request.size"))
        .as("a 20 MB letter fits")
        .isGreaterThan(25 * 1024 * 1024);

    Properties props =
        LetterPublisher.producerProperties(
            Map.of(
                "linger.ms",
                5,
                "schema.registry.url",
                "x",
                "imr.window.size.days",
                "3",
                "security.protocol",
                "SSL",
                "compression.type",
                "lz4",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required;"));
    assertThat(props)
        .containsEntry("linger.ms", 5)
        .containsEntry("compression.type", "lz4")
        .containsEntry("security.protocol", "SSL")
        .containsEntry(
            "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;")
        .doesNotContainKey("schema.registry.url")
        .doesNotContainKey("imr.window.size.days");
  }

  @Test
  void aSendRefusedOnTheSpotIsAFailureNotAnException() {
    producer.sendException = new RecordTooLargeException("too large");
    try (LetterPublisher publisher = new LetterPublisher(producer, "raw", clock)) {
      var sent = publisher.publish(Letter.fromBytes("big.txt", new byte[] {1}));
      assertThat(sent).isCompletedExceptionally();
      assertThat(publisher.summary().failures())
          .singleElement()
          .asString()
          .startsWith("big.txt: ")
          .contains("too large");
    }
  }

  @Test
  void summarySaysLettersSizeRateAndFailures() {
    assertThat(PublishSummary.size(512)).isEqualTo("512 B");
    assertThat(PublishSummary.size(30 * 1024)).isEqualTo("30.0 KB");
    assertThat(PublishSummary.size(3_460_000)).isEqualTo("3.3 MB");
    try (LetterPublisher publisher = new LetterPublisher(producer, "raw", clock)) {
      publisher.publish(Letter.fromBytes("a.txt", new byte[2048])).join();
      publisher.unreadable("/in/b.pdf", "AccessDeniedException");
      assertThat(publisher.summary().toString())
          .startsWith("published 1 letter(s), 2.0 KB in ")
          .contains("letters/s", "/s)")
          .endsWith("1 failure(s)");
      assertThat(publisher.summary().failures())
          .containsExactly("/in/b.pdf: AccessDeniedException");
    }
  }

  private static String header(ProducerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
