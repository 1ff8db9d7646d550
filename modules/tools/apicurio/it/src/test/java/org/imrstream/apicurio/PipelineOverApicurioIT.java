package org.imrstream.apicurio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.pipeline.PipelineTopology;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.WireFormat;
import org.imrstream.testkit.TestLetters;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with Apicurio as its Schema Registry: a real in-process broker, the topology
 * under exactly-once, letters published to the raw topic. A downstream consumer (read_committed)
 * gets exactly one decision event per disputed item, readable with our serde and with Apicurio's,
 * and the registry holds exactly the subjects of the topics that were written.
 */
class PipelineOverApicurioIT {

  @RegisterExtension
  static final ApicurioRegistryExtension APICURIO = ApicurioRegistryExtension.perClass("pipeline");

  /**
   * Every letter states a date: an undated decision would go to the late decisions too, and so
   * register one more subject.
   */
  private static final LocalDate DECIDED = LocalDate.of(2017, 5, 5);

  /** How long to wait for outputs: far more than the ten seconds they take, for a busy machine. */
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  /** A letter to publish and the decision ids it must yield. */
  private record Letter(String caseNumber, String guideline, String[] items, String[] outcomes) {

    byte[] bytes() {
      return TestLetters.letter(caseNumber, DECIDED, guideline, items, outcomes);
    }

    List<String> decisionIds() {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= items.length; i++) {
        ids.add(caseNumber + "#" + i);
      }
      return ids;
    }
  }

  private static final List<Letter> LETTERS =
      List.of(
          new Letter(
              "CM17-0000101",
              TestLetters.LOW_BACK,
              new String[] {"Lumbar MRI"},
              new String[] {"Upheld"}),
          new Letter(
              "CM17-0000102",
              TestLetters.CHRONIC_PAIN,
              new String[] {"Oxycodone", "Gabapentin"},
              new String[] {"Upheld", "Overturned"}),
          new Letter(
              "CM17-0000103",
              TestLetters.LOW_BACK,
              new String[] {"Cane", "Physical therapy", "Lumbar brace"},
              new String[] {"Overturned", "Upheld", "Upheld"}),
          new Letter(
              "CM17-0000104",
              TestLetters.CHRONIC_PAIN,
              new String[] {"Tramadol"},
              new String[] {"Upheld"}));

  /** Not a letter: it becomes a dead letter, so the dead-letter schema is registered too. */
  private static final byte[] MEMO = "A memo about parking.".getBytes(StandardCharsets.UTF_8);

  @Test
  void lettersBecomeExactlyTheirDecisionEventsWithSchemasInApicurio(@TempDir Path state)
      throws Exception {
    List<String> expectedIds = LETTERS.stream().flatMap(l -> l.decisionIds().stream()).toList();
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createPipelineTopics(2);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      KafkaStreams streams = pipeline(kafka.bootstrapServers(), state, failure);
      try {
        streams.start();
        publish(kafka.bootstrapServers());

        List<ConsumerRecord<String, byte[]>> decisions =
            readExactly(kafka.bootstrapServers(), Topics.DECISIONS, expectedIds.size(), failure);
        List<ConsumerRecord<String, byte[]>> dead =
            readExactly(kafka.bootstrapServers(), Topics.DEAD_LETTERS, 1, failure);

        assertDecisions(decisions, expectedIds);
        SpecificAvroSerde<ParseFailure> failures = new SpecificAvroSerde<>();
        failures.configure(APICURIO.serdeConfig(Map.of()), false);
        assertThat(failures.deserializer().deserialize(Topics.DEAD_LETTERS, dead.get(0).value()))
            .extracting(ParseFailure::getReasonCode)
            .isEqualTo("UNKNOWN_LAYOUT");

        // The counts reach their topics a commit or two after the decisions.
        await("the subjects in Apicurio")
            .atMost(DEADLINE)
            .untilAsserted(
                () ->
                    assertThat(APICURIO.admin().subjects())
                        .containsExactlyInAnyOrder(
                            Topics.DECISIONS + "-value",
                            Topics.DEAD_LETTERS + "-value",
                            Topics.GUIDELINE_COUNTS + "-value",
                            Topics.DAILY_COUNTS + "-value"));
        assertThat(failure.get()).isNull();
      } finally {
        // Bounded: close() without a timeout would wait for good on a stuck client.
        streams.close(Duration.ofSeconds(30));
      }
    }
  }

  private void assertDecisions(
      List<ConsumerRecord<String, byte[]>> decisions, List<String> expectedIds) {
    SpecificAvroSerde<DecisionEvent> ours = new SpecificAvroSerde<>();
    ours.configure(APICURIO.serdeConfig(Map.of()), false);
    int registered = APICURIO.admin().latestId(Topics.DECISIONS + "-value");
    List<String> readByUs = new ArrayList<>();
    List<String> readByApicurio = new ArrayList<>();
    try (AvroKafkaDeserializer<GenericRecord> theirs =
        ApicurioSerdes.valueDeserializer(APICURIO.registryV2Url(), false)) {
      for (ConsumerRecord<String, byte[]> record : decisions) {
        assertThat(WireFormat.schemaId(record.value())).isEqualTo(registered);
        DecisionEvent decision = ours.deserializer().deserialize(Topics.DECISIONS, record.value());
        assertThat(decision.getDecisionId()).isEqualTo(record.key());
        readByUs.add(decision.getDecisionId());
        readByApicurio.add(
            theirs.deserialize(Topics.DECISIONS, record.value()).get("decisionId").toString());
      }
    }
    assertThat(readByUs).containsExactlyInAnyOrderElementsOf(expectedIds);
    assertThat(readByApicurio).containsExactlyInAnyOrderElementsOf(expectedIds);
  }

  private static KafkaStreams pipeline(
      String bootstrapServers, Path state, AtomicReference<Throwable> failure) {
    Map<String, Object> config = new HashMap<>();
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put("schema.registry.url", APICURIO.ccompatUrl());
    // Production's guarantee (also StreamsSettings' default): the reader below sees only commits.
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
    config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    Properties props = StreamsSettings.streamsProperties("imr-streams-apicurio-it", config);
    KafkaStreams streams =
        new KafkaStreams(PipelineTopology.build(props), StreamsSettings.kafkaOnly(props));
    // A failure (a schema Apicurio refused, say) ends the test at once, with its cause.
    streams.setUncaughtExceptionHandler(
        error -> {
          failure.compareAndSet(null, error);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    return streams;
  }

  private static void publish(String bootstrapServers) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      for (Letter letter : LETTERS) {
        producer.send(
            new ProducerRecord<>(Topics.RAW_LETTERS, letter.caseNumber(), letter.bytes()));
      }
      producer.send(new ProducerRecord<>(Topics.RAW_LETTERS, "memo", MEMO));
      producer.flush();
    }
  }

  /**
   * The committed records of {@code topic} once {@code count} have arrived, after a further wait
   * that would catch any record too many.
   */
  private static List<ConsumerRecord<String, byte[]>> readExactly(
      String bootstrapServers, String topic, int count, AtomicReference<Throwable> failure) {
    try (CommittedReader reader = new CommittedReader(bootstrapServers, topic)) {
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (reader.records().size() < count && System.nanoTime() < deadline) {
        assertThat(failure.get()).as("the pipeline failed").isNull();
        reader.poll(Duration.ofMillis(200));
      }
      reader.poll(Duration.ofSeconds(1)); // more commits would have landed by now
      assertThat(reader.records()).as(topic).hasSize(count);
      return reader.records();
    }
  }
}
