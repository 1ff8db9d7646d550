package org.imrstream.apicurio;

import io.apicurio.registry.resolver.SchemaResolverConfig;
import io.apicurio.registry.serde.Legacy4ByteIdHandler;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.config.IdOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Apicurio's own Avro serde (2.4.2) set to Confluent's wire format, the mode in which it shares
 * topics with Confluent-compatible serdes such as ours: magic byte 0 and a 4-byte schema id in the
 * payload, not in record headers, and that id the content id, which is what Apicurio's ccompat API
 * hands out as a schema id, and schemas registered whole, without references. It talks to
 * Apicurio's own API ({@code /apis/registry/v2}), not to ccompat.
 */
final class ApicurioSerdes {

  private ApicurioSerdes() {}

  /** A value serializer that registers the datum's schema under {@code <topic>-value}. */
  static <T> AvroKafkaSerializer<T> valueSerializer(String registryV2Url) {
    Map<String, Object> config = confluentMode(registryV2Url);
    config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
    AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
    serializer.configure(config, false);
    return serializer;
  }

  /**
   * A value deserializer: into the generated classes with {@code specific}, else GenericRecords.
   */
  static <T> AvroKafkaDeserializer<T> valueDeserializer(String registryV2Url, boolean specific) {
    Map<String, Object> config = confluentMode(registryV2Url);
    config.put(AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, specific);
    AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
    deserializer.configure(config, false);
    return deserializer;
  }

  private static Map<String, Object> confluentMode(String registryV2Url) {
    Map<String, Object> config = new HashMap<>();
    config.put(SerdeConfig.REGISTRY_URL, registryV2Url);
    // Magic byte and a 4-byte id instead of Apicurio's 8 bytes. apicurio.registry.as-confluent=true
    // picks the same handler, but 2.4.2 then warns of a "duplicate id-handler configuration" (the
    // default handler) at every configure().
    config.put(SerdeConfig.ID_HANDLER, Legacy4ByteIdHandler.class.getName());
    // The content id: one per distinct schema, the id the ccompat API gives (not the global id,
    // one per artifact version).
    config.put(SerdeConfig.USE_ID, IdOption.contentId.name());
    // The id in the payload, where Confluent-compatible readers look, not in Kafka headers.
    config.put(SerdeConfig.ENABLE_HEADERS, false);
    // One self-contained schema per subject. By default 2.4 registers each nested named type
    // (Citation, GuidelineFamily...) as an artifact of its own and the record as referring to them
    // by name: a reader that ignores ccompat's "references", as ours does, cannot parse that.
    config.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);
    return config;
  }
}
