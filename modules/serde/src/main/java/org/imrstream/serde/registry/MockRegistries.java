package org.imrstream.serde.registry;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory registries behind {@code mock://scope} URLs: one per scope, shared by every serde of this JVM that
 * names the same scope, as with Confluent's mock URLs.
 */
public final class MockRegistries {

  private static final ConcurrentHashMap<String, InMemorySchemaRegistry> SCOPES = new ConcurrentHashMap<>();

  private MockRegistries() {}

  public static InMemorySchemaRegistry scope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry());
  }

  /** Forgets a scope (tests that reuse a scope name start clean). */
  public static void drop(String scope) {
    SCOPES.remove(scope);
  }
}
