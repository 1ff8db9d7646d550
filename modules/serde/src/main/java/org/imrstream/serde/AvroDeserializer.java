package org.imrstream.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.imrstream.serde.registry.RegistryClients;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * Reads Confluent wire format: fetches the writer schema by id, and resolves it against the reader schema (the
 * generated class's, with {@code specific.avro.reader=true}; the subject's latest with {@code use.latest.version};
 * else the writer's own), so data written with older schemas still decodes.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

  private SerdeConfig config;
  private SchemaRegistryClient registry;
  private boolean isKey;
  private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

  public AvroDeserializer() {}

  public AvroDeserializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
    this.config = new SerdeConfig(configs);
    this.registry = registry;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.config = new SerdeConfig(configs);
    this.registry = RegistryClients.forUrl(config.registryUrl, config.credentialsSource, config.userInfo);
    this.isKey = isKey;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("deserializer not configured: call configure() with "
          + SerdeConfig.SCHEMA_REGISTRY_URL);
    }
    int id = WireFormat.schemaId(data);
    try {
      DatumReader<Object> reader = readers.computeIfAbsent(id, i -> reader(topic, i));
      Object value = reader.read(null, DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_LENGTH,
          data.length - WireFormat.HEADER_LENGTH, null));
      return (T) (value instanceof Utf8 ? value.toString() : value);
    } catch (SchemaRegistryException e) {
      throw new SerializationException("cannot fetch schema " + id + " for topic '" + topic + "': " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot read Avro with schema " + id + " from topic '" + topic + "': "
          + e.getMessage(), e);
    }
  }

  private DatumReader<Object> reader(String topic, int id) {
    Schema writer = registry.byId(id);
    if (config.specificReader && writer.getType() == Schema.Type.RECORD) {
      Class<?> type = SpecificData.get().getClass(writer);
      if (type == null) {
        throw new SerializationException("specific.avro.reader is set but no class " + writer.getFullName()
            + " is on the classpath");
      }
      SpecificData model = SpecificData.getForClass(type);
      return new SpecificDatumReader<>(writer, model.getSchema(type), model);
    }
    Schema reader = writer;
    if (config.useLatestVersion) {
      reader = registry.latest(topic + (isKey ? "-key" : "-value")).schema();
    }
    return new GenericDatumReader<>(writer, reader, GenericData.get());
  }
}
