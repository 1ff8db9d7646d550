package org.imrstream.pipelinebench.phase;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.LetterSources;
import org.imrstream.producer.PathsPublisher;
import org.imrstream.producer.PublishSummary;

/**
 * Phase "produce": {@code imr produce DIR}'s own path ({@link PathsPublisher} on a {@link
 * LetterPublisher}: files listed and read, letter id derived, headers, one future per letter) and a
 * bare {@code KafkaProducer<String, byte[]>} loop (each file read and sent keyed by its name), with
 * the same producer settings ({@link LetterPublisher#producerProperties}) on the same files, each
 * to a topic of its own. Both warm up first on a scratch topic.
 */
public final class ProducePhase {

  private final Map<String, Object> settings;
  private final PrintWriter err;

  /**
   * @param clientSettings the cluster and the user's client settings
   * @param maxBlockMs as {@code imr produce} sets it from its {@code --timeout}
   */
  public ProducePhase(Map<String, Object> clientSettings, long maxBlockMs, PrintWriter err) {
    this.settings = new HashMap<>(clientSettings);
    this.settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
    this.err = err;
  }

  /**
   * @param imrTopic where {@code imr produce}'s pass publishes: the text phase reads it afterwards
   */
  public ProduceResult run(
      Path folder, int warmupLetters, String warmupTopic, String bareTopic, String imrTopic)
      throws IOException {
    List<Path> files = LetterSources.files(List.of(folder));
    List<Path> warmup = files.subList(0, Math.min(warmupLetters, files.size()));
    bare(warmup, warmupTopic);
    imrProduce(warmup, warmupTopic);
    ProduceResult.Pass bare = bare(files, bareTopic);
    ProduceResult.Pass imr = imrProduce(List.of(folder), imrTopic);
    return new ProduceResult(bare, imr, warmup.size());
  }

  private ProduceResult.Pass bare(List<Path> files, String topic) throws IOException {
    AtomicInteger failed = new AtomicInteger();
    long bytes = 0;
    try (Producer<String, byte[]> producer =
        new KafkaProducer<>(
            LetterPublisher.producerProperties(settings),
            new StringSerializer(),
            new ByteArraySerializer())) {
      long start = System.nanoTime();
      for (Path file : files) {
        byte[] letter = Files.readAllBytes(file);
        bytes += letter.length;
        producer.send(
            new ProducerRecord<>(topic, file.getFileName().toString(), letter),
            (metadata, error) -> {
              if (error != null) {
                failed.incrementAndGet();
              }
            });
      }
      producer.flush(); // returns once every send is acknowledged or failed
      double seconds = (System.nanoTime() - start) / 1e9;
      return new ProduceResult.Pass(
          "bare KafkaProducer loop", files.size(), bytes, seconds, failed.get());
    }
  }

  private ProduceResult.Pass imrProduce(List<Path> paths, String topic) throws IOException {
    try (LetterPublisher publisher = LetterPublisher.create(settings, topic)) {
      long start = System.nanoTime();
      PublishSummary summary =
          new PathsPublisher(publisher, err)
              .publish(paths, InputStream.nullInputStream(), PathsPublisher.Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new ProduceResult.Pass(
          "imr produce (PathsPublisher)",
          (int) summary.letters(),
          summary.bytes(),
          seconds,
          summary.failures().size());
    }
  }
}
