package org.imrstream.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.LetterParsing;
import org.imrstream.runtime.PipelineSerdes;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.serde.SpecificAvroSerde;
import org.imrstream.topics.Topics;

/** A TopologyTestDriver around the pipeline, with the real Avro serde on a fresh mock:// registry. */
final class TopologyTestSupport implements AutoCloseable {

  final TopologyTestDriver driver;
  final TestInputTopic<String, byte[]> raw;
  final TestOutputTopic<String, DecisionEvent> decisions;
  final TestOutputTopic<String, ParseFailure> deadLetters;
  final TestOutputTopic<String, GuidelineOutcomeCounts> counts;

  TopologyTestSupport(WindowSettings windows) {
    this(windows, new LetterParser());
  }

  TopologyTestSupport(WindowSettings windows, LetterParsing parser) {
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://topology-" + UUID.randomUUID(),
        "specific.avro.reader", true);
    PipelineSerdes serdes = new PipelineSerdes(serde(serdeConfig), serde(serdeConfig), serde(serdeConfig));
    Properties props = StreamsSettings.streamsProperties("topology-test", new HashMap<>());
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    driver = new TopologyTestDriver(new PipelineTopology(serdes, windows, parser).buildTopology(), props);
    raw = driver.createInputTopic(Topics.RAW_LETTERS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    decisions = driver.createOutputTopic(Topics.DECISIONS, Serdes.String().deserializer(),
        serdes.decisions().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.String().deserializer(),
        serdes.failures().deserializer());
    counts = driver.createOutputTopic(Topics.GUIDELINE_COUNTS, Serdes.String().deserializer(),
        serdes.counts().deserializer());
  }

  TopologyTestSupport() {
    this(WindowSettings.DEFAULT);
  }

  private static <T extends SpecificRecord> Serde<T> serde(Map<String, Object> config) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    return serde;
  }

  void send(String key, byte[] letter, Instant timestamp) {
    raw.pipeInput(new TestRecord<>(key, letter, timestamp));
  }

  void send(String key, byte[] letter) {
    send(key, letter, Instant.parse("2020-01-01T00:00:00Z"));
  }

  /** The latest all-time counts per guideline emitted so far. */
  Map<String, GuidelineOutcomeCounts> allTime(List<TestRecord<String, GuidelineOutcomeCounts>> records) {
    Map<String, GuidelineOutcomeCounts> latest = new HashMap<>();
    for (TestRecord<String, GuidelineOutcomeCounts> r : records) {
      if (r.value().getScope() == CountScope.ALL_TIME) {
        latest.put(r.key(), r.value());
      }
    }
    return latest;
  }

  /** The latest windowed counts per {@code guideline@start} emitted so far. */
  Map<String, GuidelineOutcomeCounts> windows(List<TestRecord<String, GuidelineOutcomeCounts>> records) {
    Map<String, GuidelineOutcomeCounts> latest = new HashMap<>();
    for (TestRecord<String, GuidelineOutcomeCounts> r : records) {
      if (r.value().getScope() == CountScope.WINDOW) {
        latest.put(r.key(), r.value());
      }
    }
    return latest;
  }

  static WindowSettings windows(int sizeDays, int advanceDays, int graceDays) {
    return new WindowSettings(Duration.ofDays(sizeDays), Duration.ofDays(advanceDays), Duration.ofDays(graceDays));
  }

  @Override
  public void close() {
    driver.close();
  }
}
