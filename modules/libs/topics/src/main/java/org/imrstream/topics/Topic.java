package org.imrstream.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the types of its keys and values and the serdes that write and read them: code that
 * reads or writes a topic takes one of these, so a topic's name and its serdes can never be paired
 * wrongly at a call site.
 *
 * @param name the topic's name (see {@link Topics})
 * @param keySerde how its keys are written and read
 * @param valueSerde how its values are written and read
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
  }
}
