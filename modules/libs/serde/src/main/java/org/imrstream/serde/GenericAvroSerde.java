package org.imrstream.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.imrstream.serde.registry.SchemaRegistryClient;

/**
 * Serde for GenericRecords, configured like Confluent's {@code
 * io.confluent.kafka.streams.serdes.avro.GenericAvroSerde}: it always reads GenericRecords ({@code
 * specific.avro.reader} forced off).
 */
public class GenericAvroSerde implements Serde<GenericRecord> {

  private final SchemaRegistryClient givenRegistry;
  private final AvroSerializer<GenericRecord> serializer;
  private final AvroDeserializer<GenericRecord> deserializer;

  public GenericAvroSerde() {
    this(null);
  }

  /** On a given registry client, as Confluent's {@code GenericAvroSerde(SchemaRegistryClient)}. */
  public GenericAvroSerde(SchemaRegistryClient registry) {
    this.givenRegistry = registry;
    this.serializer = new AvroSerializer<>(registry);
    this.deserializer = new AvroDeserializer<>(registry);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> generic = new HashMap<>(configs);
    generic.put(SerdeConfig.SPECIFIC_AVRO_READER, false);
    SerdeConfig config = new SerdeConfig(generic);
    SchemaRegistryClient client = givenRegistry != null ? givenRegistry : config.registryClient();
    serializer.configure(config, isKey, client);
    deserializer.configure(config, isKey, client);
  }

  @Override
  public Serializer<GenericRecord> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<GenericRecord> deserializer() {
    return deserializer;
  }
}
