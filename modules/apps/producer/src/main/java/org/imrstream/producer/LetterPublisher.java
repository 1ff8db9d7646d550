package org.imrstream.producer;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends letters to the raw topic and reports each one's acknowledgement. The producer is idempotent
 * with {@code acks=all}: a retried send never duplicates a letter in the log.
 */
public final class LetterPublisher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LetterPublisher.class);

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final Clock clock;
  private final PublishSummary summary = new PublishSummary();

  public LetterPublisher(Producer<String, byte[]> producer, String topic, Clock clock) {
    this.producer = producer;
    this.topic = topic;
    this.clock = clock;
  }

  /**
   * A publisher on a new Kafka producer: our defaults, then {@code overrides} (user settings win).
   */
  public static LetterPublisher create(Map<String, Object> overrides, String topic) {
    return new LetterPublisher(
        new KafkaProducer<>(
            producerProperties(overrides), new StringSerializer(), new ByteArraySerializer()),
        topic,
        Clock.systemUTC());
  }

  /**
   * Defaults for 5-30 KB documents: idempotence and {@code acks=all} for safety; zstd compresses
   * letter text about 4:1; a 20 ms linger and 256 KB batches fill batches on bulk loads without
   * delaying a lone letter much; max.request.size 32 MB lets a 20 MB letter through (the topic's
   * max.message.bytes must allow it too).
   */
  public static Properties producerProperties(Map<String, Object> overrides) {
    Properties props = new Properties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    overrides.forEach(
        (key, value) -> {
          if (value != null && !key.startsWith("imr.") && !key.equals("schema.registry.url")) {
            props.put(key, value);
          }
        });
    return props;
  }

  /**
   * Sends one letter; the future completes when the broker has acknowledged it (or fails with the
   * reason).
   */
  public CompletableFuture<Letter> publish(Letter letter) {
    CompletableFuture<Letter> acked = new CompletableFuture<>();
    try {
      producer.send(
          RawLetterRecords.of(topic, letter, clock.instant()),
          (metadata, error) -> {
            if (error == null) {
              summary.acknowledged(letter);
              acked.complete(letter);
            } else {
              // debug only: the caller reports it (the summary, the inbox watcher), once and with
              // context
              LOG.debug("letter {} was not acknowledged: {}", letter.origin(), error.toString());
              summary.failed(letter.origin(), error.toString());
              acked.completeExceptionally(error);
            }
          });
    } catch (RuntimeException e) {
      // e.g. a record larger than max.request.size: reported, never silently lost
      summary.failed(letter.origin(), e.toString());
      acked.completeExceptionally(e);
    }
    return acked;
  }

  /**
   * Records a letter that could not even be read ({@code origin}: its path), so the summary
   * accounts for it.
   */
  public void unreadable(String origin, String reason) {
    summary.failed(origin, reason);
  }

  public void flush() {
    producer.flush();
  }

  public PublishSummary summary() {
    return summary;
  }

  @Override
  public void close() {
    producer.close();
  }
}
