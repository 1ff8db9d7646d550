package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.local.cluster.EmbeddedKafka;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.local.registry.RegistryHttpServer;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.LetterParsing;
import org.imrstream.pipeline.PipelineSettings;
import org.imrstream.pipeline.PipelineTopology;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.LetterSources;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.runtime.ThreadFailurePolicy;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.sink.SinkTopology;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under a fault: the Streams app dies in the middle of the corpus (an Error thrown
 * while parsing, so no handler catches it and the open transaction is left behind); a new instance
 * takes over. Consumers of committed data see every decision exactly once and the counts equal
 * expected.jsonl.
 */
class ExactlyOnceIT {

  /**
   * Thrown by the test's parser: an Error, as a crash would be, not an exception a handler could
   * absorb.
   */
  static final class InjectedCrash extends Error {
    private static final long serialVersionUID = 1L;

    InjectedCrash() {
      super("injected crash");
    }
  }

  @Test
  @SuppressWarnings(
      "try") // the replacement and the sink run for the try block's length; nothing calls them
  void aCrashedInstanceIsReplacedWithoutLosingOrDuplicatingAnything(@TempDir Path state)
      throws Exception {
    Path corpus = SharedCorpus.require();
    List<ExpectedLetter> expected = SharedCorpus.expected(corpus);
    List<Path> files =
        LetterSources.files(List.of(corpus.resolve("letters"), corpus.resolve("seeds")));

    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        RegistryHttpServer registry = new RegistryHttpServer(new InMemorySchemaRegistry())) {
      kafka.createPipelineTopics(2);
      Map<String, Object> config = new HashMap<>();
      config.put("bootstrap.servers", kafka.bootstrapServers());
      config.put("schema.registry.url", registry.url());
      config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
      // One thread, so that the injected failure stops all parsing at once, as a process crash
      // would (with more, the others parse on until the client has shut down).
      config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
      config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
      config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
      // The crashed instance never says goodbye: its group membership lapses after the session
      // timeout.
      config.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
      Properties topologyProps =
          StreamsSettings.streamsProperties(PipelineSettings.DEFAULT_APPLICATION_ID, config);
      Properties props = StreamsSettings.kafkaOnly(topologyProps);
      Properties sinkProps =
          StreamsSettings.streamsProperties(SinkTopology.DEFAULT_APPLICATION_ID, config);

      Set<String> ids = new HashSet<>();
      try (LetterPublisher publisher =
          LetterPublisher.create(
              Map.of("bootstrap.servers", kafka.bootstrapServers()), Topics.RAW_LETTERS)) {
        for (Path file : files) {
          byte[] bytes = Files.readAllBytes(file);
          ids.add(LetterIdentity.of(bytes));
          publisher.publish(LetterSources.read(file));
        }
        publisher.flush();
      }

      LetterParser real = new LetterParser();
      AtomicInteger parsed = new AtomicInteger();
      LetterParsing crashing =
          (bytes, source) -> {
            if (parsed.incrementAndGet() == 60) {
              throw new InjectedCrash();
            }
            return real.parse(bytes, source);
          };
      // No thread replacement: the crash takes the whole instance down, as a process crash would.
      StreamsRunner first =
          new StreamsRunner(
                  "crashing",
                  PipelineTopology.build(topologyProps, crashing),
                  props,
                  new ThreadFailurePolicy(0, Duration.ofMinutes(1)))
              .start();
      first.awaitStop();
      first.close();
      assertThat(parsed.get()).as("the first instance died part way").isEqualTo(60);
      try (PipelineOutputs before = new PipelineOutputs(kafka.bootstrapServers(), registry.url())) {
        for (int i = 0; i < 6; i++) {
          before.poll(Duration.ofMillis(500));
        }
        assertThat(before.decisionRecords())
            .as("committed before the crash: some, not all")
            .isPositive()
            .isLessThan(expected.stream().mapToInt(l -> l.decisions().size()).sum());
      }

      try (StreamsRunner second =
              new StreamsRunner("replacement", PipelineTopology.build(topologyProps, real), props)
                  .start();
          StreamsRunner sink =
              new StreamsRunner(
                      "sink", SinkTopology.build(sinkProps), StreamsSettings.kafkaOnly(sinkProps))
                  .start();
          PipelineOutputs outputs = new PipelineOutputs(kafka.bootstrapServers(), registry.url())) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!outputs.accountsFor(ids) && System.nanoTime() < deadline) {
          outputs.poll(Duration.ofMillis(500));
        }
        assertThat(outputs.accountsFor(ids)).isTrue();
        outputs.poll(Duration.ofSeconds(2));

        int expectedDecisions = expected.stream().mapToInt(l -> l.decisions().size()).sum();
        assertThat(outputs.decisions()).hasSize(expectedDecisions);
        assertThat(outputs.decisionRecords())
            .as("no decision written twice")
            .isEqualTo(expectedDecisions);
        assertThat(outputs.failures()).isEmpty();
        long dashboardTotal =
            outputs.stats().values().stream().mapToLong(n -> n.at("/allTime/total").asLong()).sum();
        assertThat(dashboardTotal).isEqualTo(expectedDecisions);
        long upheld =
            expected.stream()
                .flatMap(l -> l.decisions().stream())
                .filter(d -> d.outcome().equals("UPHELD"))
                .count();
        assertThat(
                outputs.stats().values().stream()
                    .mapToLong(n -> n.at("/allTime/upheld").asLong())
                    .sum())
            .isEqualTo(upheld);
      }
    }
  }
}
