package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.parser.LetterIdentity;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(sent).extracting(ProducerRecord::key).containsExactly("CM16-0213037", LetterIdentity.sha256(withoutCase));
    assertThat(sent.get(0).value()).isEqualTo(withCase);
    assertThat(sent.get(0).topic()).isEqualTo("raw");
    assertThat(header(sent.get(0), Topics.HEADER_CONTENT_TYPE)).isEqualTo("text/plain; charset=utf-8");
    assertThat(header(sent.get(0), Topics.HEADER_SOURCE_NAME)).isEqualTo("a.txt");
    assertThat(header(sent.get(0), Topics.HEADER_RECEIVED_AT)).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(RawLetterRecords.contentType("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
  }

  @Test
  void defaultsAreSafeAndUserSettingsWin() {
    Properties props = LetterPublisher.producerProperties(Map.of("linger.ms", 5, "schema.registry.url", "x",
        "imr.window.size.days", "3", "security.protocol", "SSL"));
    assertThat(props).containsEntry("enable.idempotence", true).containsEntry("acks", "all")
        .containsEntry("compression.type", "zstd").containsEntry("linger.ms", 5)
        .containsEntry("security.protocol", "SSL").doesNotContainKey("schema.registry.url")
        .doesNotContainKey("imr.window.size.days");
  }

  @Test
  void directoriesAreSearchedRecursivelyInPathOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.writeString(dir.resolve("b/nested/2.pdf"), "x");
    Files.writeString(dir.resolve("b/1.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("notes.docx"), "x");
    Files.writeString(dir.resolve("c.txt.tmp"), "x");
    assertThat(LetterSources.files(List.of(dir))).containsExactly(dir.resolve("a.txt"), dir.resolve("b/1.txt"),
        dir.resolve("b/nested/2.pdf"));
  }

  private static String header(ProducerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
