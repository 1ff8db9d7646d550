package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.embedded.EmbeddedKafka;
import org.imrstream.parser.corpus.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The producer against a real in-process broker. */
class ProducerIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void publishesTheWholeCorpusByteForByteWithCaseNumberKeys() throws Exception {
    Path letters = SharedCorpus.require().resolve("letters");
    String topic = "corpus-" + UUID.randomUUID();
    kafka.createTopics(topic, 3);

    int exit = new CommandLine(new ProduceCommand()).execute("--bootstrap-servers", kafka.bootstrapServers(),
        "--topic", topic, "--no-progress", letters.toString());
    assertThat(exit).isZero();

    List<Path> files = LetterSources.files(List.of(letters));
    List<ConsumerRecord<String, byte[]>> records = consume(topic, files.size());
    assertThat(records).hasSize(files.size());
    Map<String, byte[]> byKey = new HashMap<>();
    records.forEach(r -> byKey.put(r.key(), r.value()));
    for (Path file : files) {
      String caseNumber = file.getFileName().toString().replace(".pdf", "");
      assertThat(byKey.get(caseNumber)).as(caseNumber).isEqualTo(Files.readAllBytes(file));
    }
    ConsumerRecord<String, byte[]> first = records.get(0);
    assertThat(new String(first.headers().lastHeader(Topics.HEADER_CONTENT_TYPE).value(), StandardCharsets.UTF_8))
        .isEqualTo("application/pdf");
    assertThat(first.headers().lastHeader(Topics.HEADER_SOURCE_NAME)).isNotNull();
    assertThat(first.headers().lastHeader(Topics.HEADER_RECEIVED_AT)).isNotNull();
  }

  @Test
  void watchedInboxPublishesEachFileExactlyOnceAndMovesItToDone(@TempDir Path inbox) throws Exception {
    String topic = "inbox-" + UUID.randomUUID();
    kafka.createTopics(topic, 1);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (LetterPublisher publisher = LetterPublisher.create(
        Map.of("bootstrap.servers", kafka.bootstrapServers()), topic)) {
      InboxWatcher watcher = new InboxWatcher(inbox, publisher);
      var running = executor.submit(() -> {
        watcher.run(Duration.ofMillis(100));
        return null;
      });
      for (int i = 1; i <= 5; i++) {
        Path part = inbox.resolve("CM17-000000" + i + ".txt.part");
        Files.writeString(part, "Case Number: CM17-000000" + i + "\n");
        Files.move(part, inbox.resolve("CM17-000000" + i + ".txt"));
      }
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertThat(Files.list(inbox.resolve("done")).count()).isEqualTo(5));
      running.cancel(true);
      assertThat(Files.list(inbox).filter(Files::isRegularFile).count()).isZero();
    } finally {
      executor.shutdownNow();
    }
    List<ConsumerRecord<String, byte[]>> records = consume(topic, 5);
    assertThat(records).extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("CM17-0000001", "CM17-0000002", "CM17-0000003", "CM17-0000004", "CM17-0000005");
  }

  private static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
    Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 * 1024 * 1024);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        if (records.size() >= expected) {
          // one more poll to catch duplicates, if any
          consumer.poll(Duration.ofMillis(500)).forEach(records::add);
          break;
        }
      }
    }
    return records;
  }

  static void ignore(IOException e) {}
}
