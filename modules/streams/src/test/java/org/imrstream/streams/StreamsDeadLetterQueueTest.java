package org.imrstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;
import org.imrstream.runtime.PipelineSerdes;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.imrstream.streams.ingest.LetterVersion;
import org.imrstream.streams.ingest.ParseFailures;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/**
 * What the topology does when something throws: a letter the parser breaks on is the letter's fault and is
 * dead-lettered with its bytes; an output that cannot be written is the pipeline's fault and stops the task before
 * the version store or the counts move without it.
 */
class StreamsDeadLetterQueueTest {

  private static final byte[] LETTER = TestLetters.letter("CM17-0000009", LocalDate.of(2017, 5, 5),
      TestLetters.LOW_BACK, new String[] {"Cane"}, new String[] {"Upheld"});

  @Test
  void aLetterThatBreaksTheParserIsDeadLetteredWithItsBytesAndTheRestIsProcessed() {
    byte[] poison = "poison".getBytes(StandardCharsets.UTF_8);
    LetterParser real = new LetterParser();
    try (TopologyTestSupport t = new TopologyTestSupport(WindowSettings.DEFAULT, (bytes, source) -> {
      if (new String(bytes, StandardCharsets.UTF_8).equals("poison")) {
        throw new IllegalStateException("boom");
      }
      return real.parse(bytes, source);
    })) {
      t.send("poison-1", poison);
      t.send("CM17-0000009", LETTER);

      List<TestRecord<String, ParseFailure>> dead = t.deadLetters.readRecordsToList();
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value().getReasonCode()).isEqualTo(ParseFailures.PARSER_ERROR);
      assertThat(dead.get(0).value().getReason()).contains("boom");
      assertThat(dead.get(0).value().getOriginalBytes().array()).isEqualTo(poison);
      assertThat(t.decisions.readRecordsToList()).hasSize(1);
    }
  }

  @Test
  void aDecisionThatCannotBeWrittenStopsTheTaskBeforeTheVersionStoreMoves() {
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://dlq-" + UUID.randomUUID(),
        "specific.avro.reader", true);
    Serde<DecisionEvent> unwritable = Serdes.serdeFrom(registryDown(), new SpecificAvroSerde<DecisionEvent>()
        .deserializer());
    PipelineSerdes serdes = new PipelineSerdes(unwritable, avro(serdeConfig), avro(serdeConfig));
    Properties props = StreamsSettings.streamsProperties("dlq-test", new HashMap<>());
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    try (TopologyTestDriver driver = new TopologyTestDriver(
        new PipelineTopology(serdes, WindowSettings.DEFAULT, new LetterParser()).buildTopology(), props)) {
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW_LETTERS,
          Serdes.String().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.STREAMS_DLQ,
          Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());

      assertThatThrownBy(() -> raw.pipeInput("CM17-0000009", LETTER)).isInstanceOf(StreamsException.class)
          .hasStackTraceContaining("registry unreachable");
      KeyValueStore<String, LetterVersion> versions = driver.getKeyValueStore(PipelineTopology.LETTER_VERSIONS_STORE);
      assertThat(versions.get("CM17-0000009")).as("not recorded as counted, so a reprocess counts it").isNull();
      assertThat(dlq.isEmpty()).as("an outage is not the letter's fault").isTrue();
    }
  }

  private static Serializer<DecisionEvent> registryDown() {
    return (topic, event) -> {
      throw new SchemaRegistryException("registry unreachable", new java.net.ConnectException("refused"));
    };
  }

  private static <T extends SpecificRecord> Serde<T> avro(Map<String, Object> config) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    return serde;
  }
}
