package org.imrstream.serde;

import java.util.Map;

/**
 * The configuration keys, spelled and meant as in Confluent's serdes, so that a deployment can swap ours for
 * Confluent's (or back) by configuration alone.
 */
public final class SerdeConfig {

  /** Comma-separated registry URLs, or {@code mock://scope} for an in-memory registry shared in this JVM. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** Register the writer schema on first use (default true). */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  /** Serialize with the latest registered schema of the subject instead of the record's own (default false). */
  public static final String USE_LATEST_VERSION = "use.latest.version";
  /** {@code USER_INFO} (credentials in {@link #BASIC_AUTH_USER_INFO}) or {@code URL} (in the registry URL). */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  /** {@code user:password} for HTTP basic authentication. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  /** Deserialize into generated SpecificRecord classes instead of GenericRecord (default false). */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

  public static final String MOCK_SCHEME = "mock://";

  final String registryUrl;
  final boolean autoRegister;
  final boolean useLatestVersion;
  final String credentialsSource;
  final String userInfo;
  final boolean specificReader;

  SerdeConfig(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException("missing required configuration '" + SCHEMA_REGISTRY_URL + "'");
    }
    this.registryUrl = url.toString().trim();
    this.autoRegister = bool(configs, AUTO_REGISTER_SCHEMAS, true);
    this.useLatestVersion = bool(configs, USE_LATEST_VERSION, false);
    this.credentialsSource = string(configs, BASIC_AUTH_CREDENTIALS_SOURCE, "URL");
    this.userInfo = string(configs, BASIC_AUTH_USER_INFO, null);
    this.specificReader = bool(configs, SPECIFIC_AVRO_READER, false);
  }

  private static boolean bool(Map<String, ?> configs, String key, boolean fallback) {
    Object value = configs.get(key);
    return value == null ? fallback : Boolean.parseBoolean(value.toString().trim());
  }

  private static String string(Map<String, ?> configs, String key, String fallback) {
    Object value = configs.get(key);
    return value == null ? fallback : value.toString().trim();
  }
}
