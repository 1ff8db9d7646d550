package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.testkit.TestPdfs;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the real pipeline (imr local, imr streams in its own JVM): every letter
 * that cannot be parsed lands on the dead-letter topic with its reason, the application keeps
 * running, and a good letter sent after them is still turned into decisions.
 */
class HostileLettersIT {

  @Test
  void everyHostileLetterIsDeadLetteredWithItsReasonAndTheAppKeepsRunning(@TempDir Path dir)
      throws Exception {
    Path generated = dir.resolve("generated");
    assertThat(
            DevImr.commandLine()
                .execute("generate", "--count", "3", "--seed", "9", "--out", generated.toString()))
        .isZero();
    List<Path> good = Files.list(generated).sorted().toList();
    String letter = Files.readString(good.get(0));

    Map<String, byte[]> hostile = new LinkedHashMap<>();
    hostile.put("empty", new byte[0]);
    hostile.put("binary", new byte[] {0, 1, 2, (byte) 0xff, 0, 7, 8, 9, 0, 0, 0, 42});
    hostile.put(
        "truncated",
        letter.substring(0, letter.indexOf("Decision rationale")).getBytes(StandardCharsets.UTF_8));
    hostile.put(
        "non-utf8",
        ("Case Number: CM17-9990001\n" + "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    hostile.put("20MB", filler(20_000_000));
    hostile.put("32MiB-less-a-few-bytes", filler(Topics.MAX_LETTER_BYTES - 600));
    hostile.put("pdf-no-text", TestPdfs.pdf(null, null));
    hostile.put("pdf-encrypted", TestPdfs.pdf(letter.replace("CM1", "CM7"), "secret"));
    hostile.put(
        "misspelt-outcome",
        letter
            .replaceAll(": (Upheld|Overturned)", ": Uphled")
            .replace("CM1", "CM9")
            .getBytes(StandardCharsets.UTF_8));
    hostile.put(
        "no-guideline-block",
        letter
            .replaceAll("(?m)^(MAXIMUS|Claims Administrator) guideline:.*$", "")
            .replace("CM1", "CM8")
            .getBytes(StandardCharsets.UTF_8));

    try (LocalClusterProcess cluster =
            LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"));
        ImrProcess streams =
            new PipelineProcesses(cluster, dir).streams("--create-topics", "--partitions", "2")) {
      Awaiting.until(
          "topics created",
          Duration.ofMinutes(1),
          () -> Awaiting.topicsExist(cluster.bootstrapServers()));
      try (KafkaProducer<String, byte[]> producer = producer(cluster.bootstrapServers())) {
        for (var entry : hostile.entrySet()) {
          producer
              .send(new ProducerRecord<>(Topics.RAW_LETTERS, entry.getKey(), entry.getValue()))
              .get();
        }
        producer.send(new ProducerRecord<>(Topics.RAW_LETTERS, "null-value", null)).get();
        producer
            .send(new ProducerRecord<>(Topics.RAW_LETTERS, "good", Files.readAllBytes(good.get(1))))
            .get();
      }

      try (PipelineOutputs outputs =
          new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
        String goodId = LetterIdentity.of(Files.readAllBytes(good.get(1)));
        Awaiting.until(
            "every hostile letter dead-lettered and the good one decided",
            Duration.ofMinutes(3),
            () -> {
              outputs.poll(Duration.ofMillis(500));
              return outputs.failures().size() >= hostile.size() + 1
                  && outputs.decisions().values().stream()
                      .anyMatch(d -> d.letterId().equals(goodId));
            });
        outputs.poll(Duration.ofSeconds(1));
        Map<String, String> reasonById =
            outputs.failures().stream()
                .collect(
                    Collectors.toMap(
                        PipelineOutputs.SeenFailure::letterId,
                        PipelineOutputs.SeenFailure::reasonCode,
                        (a, b) -> a));
        Map<String, String> expected = new HashMap<>();
        hostile.forEach(
            (name, bytes) -> expected.put(name, reasonById.get(LetterIdentity.of(bytes))));
        assertThat(outputs.failures())
            .as("one dead letter per hostile letter, the null value included")
            .hasSize(hostile.size() + 1);
        assertThat(expected)
            .as("reason codes by letter")
            .containsEntry("empty", "EMPTY")
            .containsEntry("binary", "NOT_TEXT")
            .containsEntry("non-utf8", "NOT_TEXT")
            .containsEntry("pdf-encrypted", "PDF_ENCRYPTED")
            .containsEntry("pdf-no-text", "PDF_NO_TEXT")
            .containsEntry("20MB", "UNKNOWN_LAYOUT")
            .containsEntry("32MiB-less-a-few-bytes", "UNKNOWN_LAYOUT")
            .doesNotContainValue(null);
        assertThat(outputs.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(streams.isAlive()).as("imr streams keeps running: " + streams.stderr()).isTrue();
      }
    }
  }

  /** Text with no letter structure, {@code size} bytes long. */
  private static byte[] filler(int size) {
    byte[] line =
        "The quick brown fox jumps over the lazy dog, again and again and again.\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = line[i % line.length];
    }
    return bytes;
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            34 * 1024 * 1024,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "zstd",
            ProducerConfig.ACKS_CONFIG,
            "all");
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }
}
