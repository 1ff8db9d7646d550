package org.imrstream.pipelinebench.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.pipelinebench.measure.CountsLag;
import org.imrstream.serde.SpecificAvroSerde;

/**
 * Follows the pipeline's all-time counts as a dashboard would: read_committed, the latest value per
 * guideline, and their {@code total}s summed. Keeps the sum's history (time of each change) for the
 * counts lag. One thread polls; the total and history may be read from any thread.
 */
public final class CountsReader implements AutoCloseable {

  private final Consumer<String, GuidelineOutcomeCounts> consumer;
  private final Map<String, Long> totals = new HashMap<>();
  private final List<CountsLag.Sample> history = new ArrayList<>();
  private volatile long total;

  /**
   * @param clientSettings {@code bootstrap.servers}, {@code schema.registry.url} and any client
   *     setting
   */
  public CountsReader(Map<String, Object> clientSettings, String topic, Duration timeout) {
    SpecificAvroSerde<GuidelineOutcomeCounts> serde = new SpecificAvroSerde<>();
    serde.configure(clientSettings, false);
    consumer =
        Consumers.readCommitted(clientSettings, new StringDeserializer(), serde.deserializer());
    Consumers.fromBeginning(consumer, topic, timeout);
  }

  /** Reads what arrived within {@code wait}; returns the counts' total after it. */
  public long poll(Duration wait) {
    ConsumerRecords<String, GuidelineOutcomeCounts> records = consumer.poll(wait);
    if (records.isEmpty()) {
      return total;
    }
    long now = System.nanoTime();
    for (ConsumerRecord<String, GuidelineOutcomeCounts> record : records) {
      if (record.value() == null) {
        totals.remove(record.key());
      } else {
        totals.put(record.key(), record.value().getTotal());
      }
    }
    long sum = totals.values().stream().mapToLong(Long::longValue).sum();
    synchronized (history) {
      history.add(new CountsLag.Sample(now, sum));
    }
    total = sum;
    return sum;
  }

  /** The counts' total (all guidelines) as last read. */
  public long total() {
    return total;
  }

  /** The total after each poll that changed something, oldest first. */
  public List<CountsLag.Sample> history() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
