package org.imrstream.serde.registry;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a registry URL to a client: {@code mock://scope} to that scope's in-memory registry, anything else to an
 * HTTP client. HTTP clients are shared per URL and credentials, so all serdes of a process share one cache.
 */
public final class RegistryClients {

  private static final String MOCK = "mock://";
  private static final ConcurrentHashMap<String, HttpSchemaRegistryClient> HTTP = new ConcurrentHashMap<>();

  private RegistryClients() {}

  /**
   * @param urls              {@code schema.registry.url}
   * @param credentialsSource {@code basic.auth.credentials.source}: USER_INFO, URL, or anything else for none
   * @param userInfo          {@code basic.auth.user.info}
   */
  public static SchemaRegistryClient forUrl(String urls, String credentialsSource, String userInfo) {
    String url = urls.trim();
    if (url.startsWith(MOCK)) {
      return MockRegistries.scope(url.substring(MOCK.length()));
    }
    String credentials = switch (credentialsSource == null ? "" : credentialsSource.toUpperCase(java.util.Locale.ROOT)) {
      case "USER_INFO" -> userInfo;
      case "URL" -> HttpSchemaRegistryClient.userInfoFromUrl(url);
      default -> null;
    };
    return HTTP.computeIfAbsent(url + "\u0000" + credentials, k -> new HttpSchemaRegistryClient(url, credentials));
  }
}
