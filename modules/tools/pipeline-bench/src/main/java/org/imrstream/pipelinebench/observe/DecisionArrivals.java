package org.imrstream.pipelinebench.observe;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.identity.LetterIdentity;

/**
 * When each letter's decisions became readable on the decisions topic (read_committed). The
 * decision id key names its letter ({@code CM16-0213037#1}), so values are never decoded. A
 * letter's decisions are written in one transaction, so its first decision seen marks them all (up
 * to the moments the consumer fetches their partitions). One thread polls; arrivals may be read
 * from any thread.
 */
public final class DecisionArrivals implements AutoCloseable {

  private final Consumer<String, byte[]> consumer;
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

  public DecisionArrivals(Map<String, Object> clientSettings, String topic, Duration timeout) {
    consumer =
        Consumers.readCommitted(
            clientSettings, new StringDeserializer(), new ByteArrayDeserializer());
    Consumers.fromBeginning(consumer, topic, timeout);
  }

  public void poll(Duration wait) {
    var records = consumer.poll(wait);
    if (records.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() != null) {
        firstSeen.putIfAbsent(LetterIdentity.letterOf(record.key()), now);
      }
    }
  }

  /** When {@code letterId}'s first decision was read ({@link System#nanoTime()}), or null. */
  public Long arrival(String letterId) {
    return firstSeen.get(letterId);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
