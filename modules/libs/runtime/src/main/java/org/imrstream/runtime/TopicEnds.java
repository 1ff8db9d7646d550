package org.imrstream.runtime;

import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.imrstream.topics.Topic;

/**
 * A typed topic as a Streams source or sink, with the node's name: the serdes always come from the
 * topic, never from the call site.
 */
public final class TopicEnds {

  private TopicEnds() {}

  /** Reading {@code topic}, through a source node named {@code name}. */
  public static <K, V> Consumed<K, V> consumed(Topic<K, V> topic, String name) {
    return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }

  /** Writing {@code topic}, through a sink node named {@code name}. */
  public static <K, V> Produced<K, V> produced(Topic<K, V> topic, String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }
}
