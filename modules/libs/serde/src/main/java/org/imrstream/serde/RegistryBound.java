package org.imrstream.serde;

import java.util.Map;
import org.imrstream.serde.registry.SchemaRegistryClient;

/**
 * What the Avro serializer and deserializer share: the registry client they are bound to, their
 * settings, the cache of subjects' latest schemas, and whether they handle keys or values.
 * Configured the Kafka way ({@code schema.registry.url} in the configs) or on a client given to the
 * constructor.
 */
abstract class RegistryBound {

  private final SchemaRegistryClient givenRegistry;
  SchemaRegistryClient registry;
  SerdeConfig config;
  LatestSchemas latest;
  boolean isKey;

  RegistryBound(SchemaRegistryClient givenRegistry) {
    this.givenRegistry = givenRegistry;
  }

  /**
   * Reads the settings; the registry is the one given to the constructor, else the one the settings
   * name.
   */
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig parsed = new SerdeConfig(configs);
    configure(parsed, isKey, givenRegistry != null ? givenRegistry : parsed.registryClient());
  }

  /** For serdes, whose serializer and deserializer share one client and so one cache. */
  void configure(SerdeConfig config, boolean isKey, SchemaRegistryClient registry) {
    this.config = config;
    this.registry = registry;
    this.latest = new LatestSchemas(registry, config.latestCacheTtl);
    this.isKey = isKey;
    configured();
  }

  /** Called after every (re)configuration, to drop what was derived from the previous settings. */
  void configured() {}
}
