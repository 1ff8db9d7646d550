package org.imrstream.serde.registry;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory registries behind {@code mock://scope} URLs: one per scope for the whole JVM, so
 * that a serializer and a deserializer configured separately (as Kafka Streams and
 * TopologyTestDriver do) meet in the same registry, as with Confluent's {@code MockSchemaRegistry}.
 */
public final class MockRegistries {

  private static final ConcurrentHashMap<String, InMemorySchemaRegistry> SCOPES =
      new ConcurrentHashMap<>();

  private MockRegistries() {}

  /** The registry of {@code scope}, created on first use. */
  public static InMemorySchemaRegistry scope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry());
  }

  /**
   * Forgets {@code scope}: the next use starts from an empty registry (tests that reuse a scope
   * name).
   */
  public static void drop(String scope) {
    SCOPES.remove(scope);
  }
}
