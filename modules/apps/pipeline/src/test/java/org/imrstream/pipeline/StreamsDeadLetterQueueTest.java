package org.imrstream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.avro.ParseFailure;
import org.imrstream.parser.LetterParser;
import org.imrstream.pipeline.ingest.LetterVersion;
import org.imrstream.pipeline.ingest.ParseFailures;
import org.imrstream.testkit.TestLetters;
import org.imrstream.testkit.TopologyHarness;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/**
 * What the topology does when something throws: a letter the parser breaks on is the letter's fault
 * and is dead-lettered with its bytes; an output that cannot be written is the pipeline's fault and
 * stops the task before the version store or the counts move without it.
 */
class StreamsDeadLetterQueueTest {

  private static final byte[] LETTER =
      TestLetters.letter(
          "CM17-0000009",
          LocalDate.of(2017, 5, 5),
          TestLetters.LOW_BACK,
          new String[] {"Cane"},
          new String[] {"Upheld"});

  @Test
  void aLetterThatBreaksTheParserIsDeadLetteredWithItsBytesAndTheRestIsProcessed() {
    byte[] poison = "poison".getBytes(StandardCharsets.UTF_8);
    LetterParser real = new LetterParser();
    try (TopologyTestSupport t =
        new TopologyTestSupport(
            (bytes, source) -> {
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
    // A registry nobody listens on, and no retries: the first output, the decision, cannot be
    // serialized.
    Properties props = TopologyHarness.props("dlq-test");
    props.put("schema.registry.url", "http://127.0.0.1:1");
    props.put("schema.registry.retry.timeout.ms", "0");
    try (TopologyHarness harness = TopologyHarness.start(PipelineTopology::build, props)) {
      TestInputTopic<String, byte[]> raw = harness.input(harness.topics().rawLetters());
      TestOutputTopic<byte[], byte[]> dlq =
          harness
              .driver()
              .createOutputTopic(
                  Topics.STREAMS_DLQ,
                  Serdes.ByteArray().deserializer(),
                  Serdes.ByteArray().deserializer());

      assertThatThrownBy(() -> raw.pipeInput("CM17-0000009", LETTER))
          .isInstanceOf(StreamsException.class)
          .hasStackTraceContaining("127.0.0.1:1");
      KeyValueStore<String, LetterVersion> versions =
          harness.driver().getKeyValueStore(PipelineTopology.LETTER_VERSIONS_STORE);
      assertThat(versions.get("CM17-0000009"))
          .as("not recorded as counted, so a reprocess counts it")
          .isNull();
      assertThat(dlq.isEmpty()).as("an outage is not the letter's fault").isTrue();
    }
  }
}
