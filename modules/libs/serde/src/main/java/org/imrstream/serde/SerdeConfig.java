package org.imrstream.serde;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.imrstream.serde.registry.RegistryClients;
import org.imrstream.serde.registry.RegistryUrls;
import org.imrstream.serde.registry.RetryPolicy;
import org.imrstream.serde.registry.SchemaRegistryClient;

/**
 * The serde settings. Keys, types, defaults and meanings are Confluent's, so that a deployment can
 * swap these serdes for Confluent's (or back) by configuration alone. Parsed with Kafka's {@link
 * ConfigDef}, which rejects a malformed value (say {@code auto.register.schemas=yes}) instead of
 * quietly reading it as false.
 */
public final class SerdeConfig {

  /**
   * Comma-separated registry URLs (or a list), or {@code mock://scope} for an in-memory registry of
   * this JVM.
   */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

  /** Register the datum's schema under its subject on first use (default true). */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

  /**
   * With {@code auto.register.schemas=false}: serialize with the subject's latest schema rather
   * than the datum's own, and deserialize into it (default false).
   */
  public static final String USE_LATEST_VERSION = "use.latest.version";

  /**
   * Seconds to keep a subject's latest schema before asking again; negative = keep it (default -1).
   */
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";

  /**
   * Where basic authentication credentials come from: {@code URL} (default) or {@code USER_INFO}.
   */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";

  /** {@code user:password}, used with {@code basic.auth.credentials.source=USER_INFO}. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

  /**
   * Deserialize records into their generated SpecificRecord classes instead of GenericRecord
   * (default false).
   */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

  /**
   * How long a registry call keeps retrying a registry that does not answer before the serde fails,
   * in ms (default two minutes). Not one of Confluent's keys: theirs count attempts, not time.
   */
  public static final String RETRY_TIMEOUT_MS = "schema.registry.retry.timeout.ms";

  /** The URL prefix of the in-memory registries: {@code mock://scope}. */
  public static final String MOCK_SCHEME = RegistryUrls.MOCK_SCHEME;

  static final String SOURCE_URL = "URL";
  static final String SOURCE_USER_INFO = "USER_INFO";

  private static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              SCHEMA_REGISTRY_URL,
              Type.LIST,
              List.of(),
              Importance.HIGH,
              "Schema Registry URLs, or mock://scope for an in-memory registry shared within the JVM.")
          .define(
              AUTO_REGISTER_SCHEMAS,
              Type.BOOLEAN,
              true,
              Importance.MEDIUM,
              "Register the datum's schema when it is not registered yet.")
          .define(
              USE_LATEST_VERSION,
              Type.BOOLEAN,
              false,
              Importance.LOW,
              "Use the subject's latest schema (only when auto.register.schemas is false).")
          .define(
              LATEST_CACHE_TTL_SEC,
              Type.LONG,
              -1L,
              Importance.LOW,
              "How long to cache a subject's latest schema, in seconds; negative means for good.")
          .define(
              BASIC_AUTH_CREDENTIALS_SOURCE,
              Type.STRING,
              SOURCE_URL,
              ConfigDef.ValidString.in(SOURCE_URL, SOURCE_USER_INFO),
              Importance.MEDIUM,
              "Where basic authentication credentials come from.")
          .define(
              BASIC_AUTH_USER_INFO,
              Type.PASSWORD,
              null,
              Importance.MEDIUM,
              "user:password for basic authentication with USER_INFO.")
          .define(
              SPECIFIC_AVRO_READER,
              Type.BOOLEAN,
              false,
              Importance.LOW,
              "Deserialize into generated SpecificRecord classes.")
          .define(
              RETRY_TIMEOUT_MS,
              Type.LONG,
              RetryPolicy.DEFAULT_RETRY_FOR.toMillis(),
              ConfigDef.Range.atLeast(0),
              Importance.MEDIUM,
              "How long to keep retrying a registry that does not answer, in milliseconds.");

  final List<String> registryUrls;
  final boolean autoRegister;
  final boolean useLatestVersion;

  /** Null: keep the latest schema for good. */
  final Duration latestCacheTtl;

  final boolean specificReader;
  final Duration retryFor;
  private final String credentialsSource;
  private final Password userInfo;

  SerdeConfig(Map<String, ?> configs) {
    Map<String, Object> values = DEFINITION.parse(configs);
    @SuppressWarnings("unchecked")
    List<String> urls = (List<String>) values.get(SCHEMA_REGISTRY_URL);
    this.registryUrls = urls.stream().map(String::trim).filter(url -> !url.isEmpty()).toList();
    this.autoRegister = (Boolean) values.get(AUTO_REGISTER_SCHEMAS);
    this.useLatestVersion = (Boolean) values.get(USE_LATEST_VERSION);
    long ttl = (Long) values.get(LATEST_CACHE_TTL_SEC);
    this.latestCacheTtl = ttl < 0 ? null : Duration.ofSeconds(ttl);
    this.specificReader = (Boolean) values.get(SPECIFIC_AVRO_READER);
    this.retryFor = Duration.ofMillis((Long) values.get(RETRY_TIMEOUT_MS));
    this.credentialsSource = (String) values.get(BASIC_AUTH_CREDENTIALS_SOURCE);
    this.userInfo = (Password) values.get(BASIC_AUTH_USER_INFO);
  }

  /** The registry {@code schema.registry.url} names; fails like Confluent's when it is missing. */
  SchemaRegistryClient registryClient() {
    if (registryUrls.isEmpty()) {
      throw new ConfigException(
          "Missing required configuration \""
              + SCHEMA_REGISTRY_URL
              + "\" which has no default value.");
    }
    boolean mock = RegistryUrls.mockScope(registryUrls) != null;
    return RegistryClients.forUrls(
        registryUrls, mock ? null : credentials(), RetryPolicy.DEFAULT.retryingFor(retryFor));
  }

  /** The {@code user:password} to authenticate with, or null for none. */
  String credentials() {
    if (credentialsSource.equals(SOURCE_USER_INFO)) {
      if (userInfo == null || userInfo.value().isBlank()) {
        throw new ConfigException(
            BASIC_AUTH_USER_INFO
                + " must be set when "
                + BASIC_AUTH_CREDENTIALS_SOURCE
                + " is "
                + SOURCE_USER_INFO);
      }
      return userInfo.value();
    }
    return RegistryUrls.userInfo(registryUrls);
  }
}
