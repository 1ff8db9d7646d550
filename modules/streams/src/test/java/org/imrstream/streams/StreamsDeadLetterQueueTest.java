package org.imrstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

/**
 * A record that breaks the topology with an exception (not a parse failure, which the parser reports itself) goes
 * to Kafka Streams' own dead-letter queue (KIP-1034) with its original bytes and the error in its headers, and
 * processing goes on.
 */
class StreamsDeadLetterQueueTest {

  @Test
  void aRecordThatThrowsLandsInTheStreamsDeadLetterQueueAndTheRestIsProcessed() {
    byte[] poison = "poison".getBytes(StandardCharsets.UTF_8);
    org.imrstream.parser.LetterParser real = new org.imrstream.parser.LetterParser();
    try (TopologyTestSupport t = new TopologyTestSupport(WindowSettings.DEFAULT, (bytes, source) -> {
      if (new String(bytes, StandardCharsets.UTF_8).equals("poison")) {
        throw new IllegalStateException("boom");
      }
      return real.parse(bytes, source);
    })) {
      TestOutputTopic<byte[], byte[]> dlq = t.driver.createOutputTopic(Topics.STREAMS_DLQ,
          Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
      t.send("poison-1", poison);
      t.send("CM17-0000009", TestLetters.letter("CM17-0000009", java.time.LocalDate.of(2017, 5, 5),
          TestLetters.LOW_BACK, new String[] {"Cane"}, new String[] {"Upheld"}));

      List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value()).isEqualTo(poison);
      assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("poison-1");
      assertThat(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(),
          StandardCharsets.UTF_8)).contains("boom");
      assertThat(t.decisions.readRecordsToList()).extracting(TestRecord::key).containsExactly("CM17-0000009#1");
    }
  }
}
