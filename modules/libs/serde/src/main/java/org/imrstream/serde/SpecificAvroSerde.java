package org.imrstream.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.imrstream.serde.registry.SchemaRegistryClient;

/**
 * Serde for generated Avro classes, configured like Confluent's {@code
 * io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde}: it always reads into the generated
 * class ({@code specific.avro.reader} forced on), so old data is resolved into the class's current
 * schema.
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final SchemaRegistryClient givenRegistry;
  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  public SpecificAvroSerde() {
    this(null);
  }

  /** On a given registry client, as Confluent's {@code SpecificAvroSerde(SchemaRegistryClient)}. */
  public SpecificAvroSerde(SchemaRegistryClient registry) {
    this.givenRegistry = registry;
    this.serializer = new AvroSerializer<>(registry);
    this.deserializer = new AvroDeserializer<>(registry);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> specific = new HashMap<>(configs);
    specific.put(SerdeConfig.SPECIFIC_AVRO_READER, true);
    SerdeConfig config = new SerdeConfig(specific);
    SchemaRegistryClient client = givenRegistry != null ? givenRegistry : config.registryClient();
    serializer.configure(config, isKey, client);
    deserializer.configure(config, isKey, client);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
