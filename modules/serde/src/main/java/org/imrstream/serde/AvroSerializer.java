package org.imrstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.imrstream.serde.registry.RegistryClients;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * Serializes Avro values (generated records, GenericRecords, primitives) in Confluent's wire format, registering or
 * looking up the schema under {@code <topic>-key} or {@code <topic>-value}.
 */
public class AvroSerializer<T> implements Serializer<T> {

  private SerdeConfig config;
  private SchemaRegistryClient registry;
  private boolean isKey;

  public AvroSerializer() {}

  /** For tests and embedding: a serializer on a given registry client. */
  public AvroSerializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
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
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("serializer not configured: call configure() with " + SerdeConfig.SCHEMA_REGISTRY_URL);
    }
    String subject = topic + (isKey ? "-key" : "-value");
    Schema schema = AvroSchemas.of(data);
    int id;
    try {
      if (config.useLatestVersion) {
        SchemaRegistryClient.RegisteredSchema latest = registry.latest(subject);
        schema = latest.schema();
        id = latest.id();
      } else if (config.autoRegister) {
        id = registry.register(subject, schema);
      } else {
        id = registry.idOf(subject, schema);
      }
    } catch (SchemaRegistryException e) {
      throw new SerializationException("cannot get a schema id for subject '" + subject + "': " + e.getMessage(), e);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      out.write(WireFormat.header(id));
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writer(schema, data).write(data, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot write Avro for subject '" + subject + "': " + e.getMessage(), e);
    }
  }

  private DatumWriter<Object> writer(Schema schema, Object data) {
    if (data instanceof SpecificRecordBase record) {
      // The record's own model knows its logical-type conversions (dates, timestamps).
      return new SpecificDatumWriter<>(schema, record.getSpecificData());
    }
    if (data instanceof byte[]) {
      return new ByteArrayWriter(schema);
    }
    return new GenericDatumWriter<>(schema, GenericData.get());
  }

  /** Avro writes bytes from a ByteBuffer; a byte[] is wrapped first. */
  private static final class ByteArrayWriter extends GenericDatumWriter<Object> {
    ByteArrayWriter(Schema schema) {
      super(schema);
    }

    @Override
    public void write(Object datum, org.apache.avro.io.Encoder out) throws IOException {
      super.write(datum instanceof byte[] b ? ByteBuffer.wrap(b) : datum, out);
    }
  }
}
