package org.imrstream.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde for GenericRecords, configured like Confluent's {@code GenericAvroSerde}. */
public class GenericAvroSerde implements Serde<GenericRecord> {

  private final AvroSerializer<GenericRecord> serializer = new AvroSerializer<>();
  private final AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>();

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> generic = new HashMap<>(configs);
    generic.put(SerdeConfig.SPECIFIC_AVRO_READER, false);
    serializer.configure(generic, isKey);
    deserializer.configure(generic, isKey);
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
