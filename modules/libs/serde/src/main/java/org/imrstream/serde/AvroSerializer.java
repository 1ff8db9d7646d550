package org.imrstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryClient.RegisteredSchema;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * Serializes any Avro datum (generated record, GenericRecord, or a primitive such as a String key)
 * in Confluent's wire format, under subject {@code <topic>-key} or {@code <topic>-value}.
 *
 * <p>Which schema id goes on the wire follows Confluent's order: with {@code auto.register.schemas}
 * (the default) the datum's own schema is registered; otherwise, with {@code use.latest.version},
 * the subject's latest schema is used and the datum converted to it; otherwise the datum's own
 * schema must already be registered under the subject.
 */
public class AvroSerializer<T> extends RegistryBound implements Serializer<T> {

  private record SchemaPair(Schema reader, Schema writer) {}

  /**
   * Verdicts of "can the latest schema read the datum's?", so the check runs once per pair, not per
   * record.
   */
  private final Map<SchemaPair, Boolean> compatible = new ConcurrentHashMap<>();

  /** The Kafka way: configure() names the registry with {@code schema.registry.url}. */
  public AvroSerializer() {
    this(null);
  }

  /** On a given registry client (tests, embedding); configure() still reads the other settings. */
  public AvroSerializer(SchemaRegistryClient registry) {
    super(registry);
  }

  public AvroSerializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
    this(registry);
    configure(configs, isKey);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null; // a tombstone stays a tombstone
    }
    if (config == null) {
      throw new IllegalStateException(
          "serializer not configured: call configure() with " + SerdeConfig.SCHEMA_REGISTRY_URL);
    }
    String subject = TopicNameStrategy.subject(topic, isKey);
    Schema own = AvroSchemas.of(data);
    try {
      if (config.autoRegister) {
        return frame(registry.register(subject, own), data, own);
      }
      if (config.useLatestVersion) {
        RegisteredSchema target = latest.of(subject);
        return frame(target.id(), conform(data, own, target.schema(), subject), target.schema());
      }
      return frame(registry.idOf(subject, own), data, own);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "cannot get a schema id for subject '" + subject + "': " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SerializationException serialization) {
        throw serialization;
      }
      throw new SerializationException("cannot write Avro for subject '" + subject + "': " + e, e);
    }
  }

  private static byte[] frame(int schemaId, Object datum, Schema schema) throws IOException {
    ByteArrayOutputStream out = WireFormat.startFrame(schemaId);
    AvroBinary.write(datum, schema, out);
    return out.toByteArray();
  }

  /**
   * The datum as one of the latest schema, which must be able to read the datum's own (Confluent's
   * strict check).
   */
  private Object conform(Object datum, Schema own, Schema latestSchema, String subject)
      throws IOException {
    if (own.equals(latestSchema)) {
      return datum;
    }
    boolean readable =
        compatible.computeIfAbsent(
            new SchemaPair(latestSchema, own),
            pair ->
                SchemaCompatibility.checkReaderWriterCompatibility(pair.reader(), pair.writer())
                        .getType()
                    == SchemaCompatibilityType.COMPATIBLE);
    if (!readable) {
      throw new SerializationException(
          "the latest schema of subject '"
              + subject
              + "' cannot read data of schema "
              + own.getFullName()
              + " being written: "
              + SchemaCompatibility.checkReaderWriterCompatibility(latestSchema, own)
                  .getResult()
                  .getIncompatibilities());
    }
    return AvroBinary.convert(datum, own, latestSchema);
  }
}
