package org.imrstream.serde;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imrstream.serde.registry.SchemaRegistryClient;
import org.imrstream.serde.registry.SchemaRegistryClient.RegisteredSchema;

/**
 * Each subject's latest schema, fetched once and kept for {@code latest.cache.ttl.sec} (for good by
 * default, as in Confluent's serdes): with {@code use.latest.version} a serializer needs it for
 * every record, and asking the registry every time would put an HTTP call on every send.
 */
final class LatestSchemas {

  private record Fetched(RegisteredSchema schema, long atNanos) {}

  private final SchemaRegistryClient registry;
  private final Duration ttl;
  private final Map<String, Fetched> bySubject = new ConcurrentHashMap<>();

  /**
   * @param ttl how long to keep an answer; null for good
   */
  LatestSchemas(SchemaRegistryClient registry, Duration ttl) {
    this.registry = registry;
    this.ttl = ttl;
  }

  RegisteredSchema of(String subject) {
    long now = System.nanoTime();
    Fetched fetched = bySubject.get(subject);
    if (fetched == null || (ttl != null && now - fetched.atNanos() >= ttl.toNanos())) {
      fetched = new Fetched(registry.latest(subject), now);
      bySubject.put(subject, fetched);
    }
    return fetched.schema();
  }
}
