package org.imrstream.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateDecision;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.LetterParsing;
import org.imrstream.testkit.TopologyHarness;
import org.imrstream.topics.PipelineTopics;

/**
 * The pipeline in a test driver ({@link TopologyHarness}), with its topics open and helpers to read
 * the counts.
 */
final class TopologyTestSupport implements AutoCloseable {

  final TopologyHarness harness;
  final TopologyTestDriver driver;
  final TestInputTopic<String, byte[]> raw;
  final TestOutputTopic<String, DecisionEvent> decisions;
  final TestOutputTopic<String, ParseFailure> deadLetters;
  final TestOutputTopic<String, LateDecision> lateDecisions;
  final TestOutputTopic<String, GuidelineOutcomeCounts> counts;
  final TestOutputTopic<String, GuidelineOutcomeCounts> dailyCounts;

  TopologyTestSupport(LetterParsing parser) {
    Properties props = TopologyHarness.props("pipeline-test");
    harness = TopologyHarness.start(p -> PipelineTopology.build(p, parser), props);
    driver = harness.driver();
    PipelineTopics topics = harness.topics();
    raw = harness.input(topics.rawLetters());
    decisions = harness.output(topics.decisions());
    deadLetters = harness.output(topics.deadLetters());
    lateDecisions = harness.output(topics.lateDecisions());
    counts = harness.output(topics.allTimeCounts());
    dailyCounts = harness.output(topics.dailyCounts());
  }

  TopologyTestSupport() {
    this(new LetterParser());
  }

  void send(String key, byte[] letter, Instant timestamp) {
    raw.pipeInput(new TestRecord<>(key, letter, timestamp));
  }

  void send(String key, byte[] letter) {
    send(key, letter, Instant.parse("2020-01-01T00:00:00Z"));
  }

  /** The latest all-time counts per guideline emitted so far. */
  Map<String, GuidelineOutcomeCounts> allTime(
      List<TestRecord<String, GuidelineOutcomeCounts>> records) {
    Map<String, GuidelineOutcomeCounts> latest = new HashMap<>();
    for (TestRecord<String, GuidelineOutcomeCounts> r : records) {
      if (r.value().getScope() == CountScope.ALL_TIME) {
        latest.put(r.key(), r.value());
      }
    }
    return latest;
  }

  /** The latest daily counts per {@code guideline@day} emitted so far. */
  Map<String, GuidelineOutcomeCounts> days(
      List<TestRecord<String, GuidelineOutcomeCounts>> records) {
    Map<String, GuidelineOutcomeCounts> latest = new HashMap<>();
    for (TestRecord<String, GuidelineOutcomeCounts> r : records) {
      if (r.value().getScope() == CountScope.DAY) {
        latest.put(r.key(), r.value());
      }
    }
    return latest;
  }

  @Override
  public void close() {
    harness.close();
  }
}
