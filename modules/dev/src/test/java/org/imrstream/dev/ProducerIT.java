package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.cluster.TopicCreator;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.producer.InboxWatcher;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.LetterSources;
import org.imrstream.producer.ProduceCommand;
import org.imrstream.producer.RawLetterRecords;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The producer against a real in-process broker (one KRaft node, see {@link EmbeddedKafka}). */
class ProducerIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  /**
   * A raw-letters topic under another name, configured as the pipeline's (no retention: imr produce
   * checks).
   */
  private static void createRawTopic(String name, int partitions) throws Exception {
    try (Admin admin = kafka.admin()) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(name, partitions, (short) 1)
                      .configs(TopicCreator.configFor(Topics.RAW_LETTERS, (short) 1))))
          .all()
          .get();
    }
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void publishesTheWholeCorpusByteForByteWithCaseNumberKeys() throws Exception {
    Path letters = SharedCorpus.require().resolve("letters");
    String topic = "corpus-" + UUID.randomUUID();
    createRawTopic(topic, 3);

    int exit =
        new CommandLine(new ProduceCommand())
            .execute(
                "--bootstrap-servers",
                kafka.bootstrapServers(),
                "--topic",
                topic,
                "--no-progress",
                letters.toString());
    assertThat(exit).isZero();

    List<Path> files = LetterSources.files(List.of(letters));
    assertThat(files).isNotEmpty();
    List<ConsumerRecord<String, byte[]>> records = consume(topic, files.size());
    assertThat(records).hasSize(files.size());
    Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
    records.forEach(r -> byKey.put(r.key(), r));
    for (Path file : files) {
      String name = file.getFileName().toString();
      String caseNumber = name.substring(0, name.lastIndexOf('.')); // CM16-0219557.pdf
      ConsumerRecord<String, byte[]> record = byKey.get(caseNumber);
      assertThat(record).as(caseNumber).isNotNull();
      assertThat(record.value()).as(caseNumber).isEqualTo(Files.readAllBytes(file));
      assertThat(header(record, Topics.HEADER_CONTENT_TYPE)).isEqualTo(RawLetterRecords.PDF);
      assertThat(header(record, Topics.HEADER_SOURCE_NAME)).isEqualTo(name);
      assertThat(Instant.parse(header(record, Topics.HEADER_RECEIVED_AT)))
          .isBefore(Instant.now().plusSeconds(1));
    }
  }

  @Test
  void aTwentyMegabyteLetterFitsThroughTheDefaults(@TempDir Path dir) throws Exception {
    String topic = "large-" + UUID.randomUUID();
    kafka.createTopics(topic, 1);
    // Random bytes after the header: zstd cannot shrink them, so the broker sees the full 20 MB.
    byte[] letter = new byte[20 * 1024 * 1024];
    new Random(42).nextBytes(letter);
    byte[] header = "Case Number: CM20-0000001\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, letter, 0, header.length);
    Path file = Files.write(dir.resolve("large.txt"), letter);

    try (LetterPublisher publisher =
        LetterPublisher.create(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic)) {
      publisher.publish(LetterSources.read(file)).get();
    }

    List<ConsumerRecord<String, byte[]>> records = consume(topic, 1);
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).isEqualTo("CM20-0000001");
              assertThat(r.value()).isEqualTo(letter);
              assertThat(header(r, Topics.HEADER_CONTENT_TYPE)).isEqualTo(RawLetterRecords.TEXT);
            });
  }

  @Test
  void watchedInboxPublishesEachFileExactlyOnceAndMovesItToDone(@TempDir Path inbox)
      throws Exception {
    String topic = "inbox-" + UUID.randomUUID();
    kafka.createTopics(topic, 1);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (LetterPublisher publisher =
        LetterPublisher.create(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic)) {
      InboxWatcher watcher = new InboxWatcher(inbox, publisher);
      Future<?> running =
          executor.submit(
              () -> {
                watcher.run(Duration.ofMillis(100));
                return null;
              });
      // Four arrive the intake system's way (written under a partial name, then renamed), one is
      // written in place.
      for (int i = 1; i <= 4; i++) {
        Path part = inbox.resolve("CM17-000000" + i + ".txt.part");
        Files.writeString(part, "Case Number: CM17-000000" + i + "\n");
        Files.move(part, inbox.resolve("CM17-000000" + i + ".txt"));
      }
      Files.writeString(inbox.resolve("CM17-0000005.txt"), "Case Number: CM17-0000005\n");
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(count(inbox.resolve("done"))).isEqualTo(5));
      running.cancel(true);
      assertThat(count(inbox)).as("inbox empty").isZero();
      assertThat(count(inbox.resolve("failed"))).isZero();
    } finally {
      executor.shutdownNow();
    }
    List<ConsumerRecord<String, byte[]>> records = consume(topic, 5);
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder(
            "CM17-0000001", "CM17-0000002", "CM17-0000003", "CM17-0000004", "CM17-0000005");
  }

  private static long count(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header " + name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * Everything on the topic: polls until {@code expected} arrived, then once more so duplicates
   * would show.
   */
  private static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "it-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
            32 * 1024 * 1024);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        if (records.size() >= expected) {
          consumer.poll(Duration.ofMillis(500)).forEach(records::add);
          break;
        }
      }
    }
    return records;
  }
}
