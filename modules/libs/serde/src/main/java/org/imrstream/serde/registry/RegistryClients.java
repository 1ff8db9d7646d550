package org.imrstream.serde.registry;

import java.util.List;

/**
 * Turns {@code schema.registry.url} into a client: {@code mock://scope} into that scope's shared
 * in-memory registry, real URLs into a new HTTP client. Deliberately not shared between configure()
 * calls (as in Confluent's serdes): a process-wide cache keyed by URL would answer from a dead
 * registry's ids when a new one comes up on the same port, as an embedded demo restarted in the
 * same JVM does.
 */
public final class RegistryClients {

  private RegistryClients() {}

  /**
   * @param urls the registry URLs, or a single {@code mock://scope}
   * @param userInfo {@code user:password} to authenticate with, or null
   */
  public static SchemaRegistryClient forUrls(List<String> urls, String userInfo) {
    return forUrls(urls, userInfo, RetryPolicy.DEFAULT);
  }

  /**
   * As {@link #forUrls(List, String)}, retrying a registry that does not answer as {@code retry}
   * says.
   */
  public static SchemaRegistryClient forUrls(
      List<String> urls, String userInfo, RetryPolicy retry) {
    String scope = RegistryUrls.mockScope(urls);
    if (scope != null) {
      return MockRegistries.scope(scope);
    }
    return new HttpSchemaRegistryClient(urls, userInfo, retry);
  }
}
