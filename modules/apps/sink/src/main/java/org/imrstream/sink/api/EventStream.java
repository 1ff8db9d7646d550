package org.imrstream.sink.api;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrstream.topics.TopicNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes the dashboard's event stream sends: every committed record of the sink's two output
 * topics (read_committed, from their end when the stream starts), as server-sent events {@code
 * guideline} (a guideline's new stats) and {@code decision} (a decision, or {@code
 * {"decisionId":...,"retracted":true}}). One consumer per sink instance, on a thread of its own,
 * fans out to every connected page; it reads every partition, so a page connected to any instance
 * sees every change.
 */
final class EventStream implements AutoCloseable {

  /** One server-sent event. */
  record Event(String name, String data) {}

  /** A connected page's queue: a page that falls this far behind is dropped (it reconnects). */
  static final int QUEUE = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

  private final Set<BlockingQueue<Event>> subscribers = new CopyOnWriteArraySet<>();
  private final KafkaConsumer<String, String> consumer;
  private final TopicNames names;
  private final Thread thread;
  private volatile boolean closed;

  EventStream(Map<String, Object> clientConfig, TopicNames names) {
    this.names = names;
    // Only what a consumer knows: the Streams app's own settings would each be warned about.
    Map<String, Object> config = new HashMap<>();
    clientConfig.forEach(
        (key, value) -> {
          if (ConsumerConfig.configNames().contains(key)) {
            config.put(key, value);
          }
        });
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "imr-sink-events");
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    this.thread = new Thread(this::run, "imr-sink-events");
    thread.setDaemon(true);
  }

  EventStream start() {
    thread.start();
    return this;
  }

  /** A new page's queue of events; remove it with {@link #unsubscribe}. */
  BlockingQueue<Event> subscribe() {
    BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
    subscribers.add(queue);
    return queue;
  }

  void unsubscribe(BlockingQueue<Event> queue) {
    subscribers.remove(queue);
  }

  private void run() {
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(names.dashboardStats(), names.dashboardDecisions())) {
        consumer
            .partitionsFor(topic, Duration.ofMinutes(1))
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      while (!closed) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
          publish(event(record));
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      if (!closed) {
        LOG.error("the dashboard's event stream stopped; pages get no more live updates", e);
      }
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private Event event(ConsumerRecord<String, String> record) {
    if (record.topic().equals(names.dashboardStats())) {
      return new Event("guideline", record.value() == null ? "null" : record.value());
    }
    String data =
        record.value() != null
            ? record.value()
            : "{\"decisionId\":" + quoted(record.key()) + ",\"retracted\":true}";
    return new Event("decision", data);
  }

  private void publish(Event event) {
    for (BlockingQueue<Event> queue : subscribers) {
      if (!queue.offer(event)) {
        subscribers.remove(queue); // too slow: its page reconnects and reloads
      }
    }
  }

  private static String quoted(String text) {
    return TextNode.valueOf(text).toString();
  }

  @Override
  public void close() {
    closed = true;
    consumer.wakeup();
  }
}
