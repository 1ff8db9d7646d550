package org.imrstream.serde;

import java.nio.ByteBuffer;
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
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * Reads Confluent wire format. The writer schema comes from the registry by the id in the payload;
 * the reader schema is the generated class's (with {@code specific.avro.reader=true}, for records),
 * else the subject's latest (with {@code use.latest.version=true}), else the writer's own. Avro's
 * schema resolution between the two is what lets data written with older schemas decode into newer
 * ones.
 */
public class AvroDeserializer<T> extends RegistryBound implements Deserializer<T> {

  /**
   * One DatumReader per pair of schemas: building one resolves the schemas, which is too dear to do
   * per record.
   */
  private record ReaderKey(int writerId, int readerId) {}

  private static final int SPECIFIC_CLASS = -1;
  private static final int WRITER_ITSELF = 0;

  private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

  /** The Kafka way: configure() names the registry with {@code schema.registry.url}. */
  public AvroDeserializer() {
    this(null);
  }

  /** On a given registry client (tests, embedding); configure() still reads the other settings. */
  public AvroDeserializer(SchemaRegistryClient registry) {
    super(registry);
  }

  public AvroDeserializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
    this(registry);
    configure(configs, isKey);
  }

  @Override
  void configured() {
    readers.clear();
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null; // a tombstone stays a tombstone
    }
    if (config == null) {
      throw new IllegalStateException(
          "deserializer not configured: call configure() with " + SerdeConfig.SCHEMA_REGISTRY_URL);
    }
    int writerId = WireFormat.schemaId(data);
    try {
      Object value =
          readerFor(topic, writerId)
              .read(
                  null,
                  DecoderFactory.get()
                      .binaryDecoder(
                          data,
                          WireFormat.HEADER_LENGTH,
                          data.length - WireFormat.HEADER_LENGTH,
                          null));
      return (T) plainJava(value);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "cannot fetch schema " + writerId + " for topic '" + topic + "': " + e.getMessage(), e);
    } catch (SerializationException e) {
      throw e;
    } catch (Exception e) {
      throw new SerializationException(
          "cannot read Avro of schema " + writerId + " from topic '" + topic + "': " + e, e);
    }
  }

  private DatumReader<Object> readerFor(String topic, int writerId) {
    Schema writer = registry.byId(writerId);
    if (config.specificReader && writer.getType() == Schema.Type.RECORD) {
      return readers.computeIfAbsent(
          new ReaderKey(writerId, SPECIFIC_CLASS), key -> specificReader(writer));
    }
    if (config.useLatestVersion) {
      SchemaRegistryClient.RegisteredSchema target =
          latest.of(TopicNameStrategy.subject(topic, isKey));
      return readers.computeIfAbsent(
          new ReaderKey(writerId, target.id()),
          key -> new GenericDatumReader<>(writer, target.schema(), GenericData.get()));
    }
    return readers.computeIfAbsent(
        new ReaderKey(writerId, WRITER_ITSELF),
        key -> new GenericDatumReader<>(writer, writer, GenericData.get()));
  }

  /**
   * Reads into the generated class named by the writer schema, as Confluent's specific reader does.
   */
  private static DatumReader<Object> specificReader(Schema writer) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Class<?> type =
        (loader == null ? SpecificData.get() : new SpecificData(loader)).getClass(writer);
    if (type == null) {
      throw new SerializationException(
          SerdeConfig.SPECIFIC_AVRO_READER
              + " is true but there is no class "
              + writer.getFullName()
              + " on the classpath to read schema "
              + writer.getFullName()
              + " into");
    }
    SpecificData model =
        SpecificData.getForClass(type); // the class's own model knows its date/time conversions
    return new SpecificDatumReader<>(writer, model.getSchema(type), model);
  }

  /**
   * Top-level strings and bytes as String and byte[], the types a Kafka user expects (and Confluent
   * returns).
   */
  private static Object plainJava(Object value) {
    if (value instanceof Utf8 utf8) {
      return utf8.toString();
    }
    if (value instanceof ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.duplicate().get(bytes);
      return bytes;
    }
    return value;
  }
}
