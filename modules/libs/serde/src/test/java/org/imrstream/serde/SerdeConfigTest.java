package org.imrstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * Confluent's keys with Confluent's defaults, and loud failures on values Confluent would reject.
 */
class SerdeConfigTest {

  @Test
  void defaultsAreConfluents() {
    SerdeConfig config =
        new SerdeConfig(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://registry:8081"));
    assertThat(config.registryUrls).containsExactly("http://registry:8081");
    assertThat(config.autoRegister).isTrue();
    assertThat(config.useLatestVersion).isFalse();
    assertThat(config.specificReader).isFalse();
    assertThat(config.latestCacheTtl).as("kept for good").isNull();
    assertThat(config.credentials()).as("source URL, none in it").isNull();
  }

  @Test
  void valuesMayBeStringsOrTypedAndUrlsAListOrCommaSeparated() {
    SerdeConfig fromStrings =
        new SerdeConfig(
            Map.of(
                SerdeConfig.SCHEMA_REGISTRY_URL,
                " http://a:8081 , http://b:8081/ ",
                SerdeConfig.AUTO_REGISTER_SCHEMAS,
                "FALSE",
                SerdeConfig.USE_LATEST_VERSION,
                "true",
                SerdeConfig.SPECIFIC_AVRO_READER,
                "true",
                SerdeConfig.LATEST_CACHE_TTL_SEC,
                "30",
                "some.streams.setting",
                "ignored"));
    assertThat(fromStrings.registryUrls).containsExactly("http://a:8081", "http://b:8081/");
    assertThat(fromStrings.autoRegister).isFalse();
    assertThat(fromStrings.useLatestVersion).isTrue();
    assertThat(fromStrings.specificReader).isTrue();
    assertThat(fromStrings.latestCacheTtl).isEqualTo(Duration.ofSeconds(30));

    SerdeConfig typed =
        new SerdeConfig(
            Map.of(
                SerdeConfig.SCHEMA_REGISTRY_URL,
                List.of("http://a:8081"),
                SerdeConfig.AUTO_REGISTER_SCHEMAS,
                false));
    assertThat(typed.registryUrls).containsExactly("http://a:8081");
    assertThat(typed.autoRegister).isFalse();
  }

  @Test
  void credentialsComeFromTheConfiguredSource() {
    assertThat(
            new SerdeConfig(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://u:p%40ss@a:8081"))
                .credentials())
        .as("percent-decoded")
        .isEqualTo("u:p@ss");
    assertThat(
            new SerdeConfig(
                    Map.of(
                        SerdeConfig.SCHEMA_REGISTRY_URL,
                        "http://u:p@a:8081",
                        SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                        "USER_INFO",
                        SerdeConfig.BASIC_AUTH_USER_INFO,
                        "x:y"))
                .credentials())
        .isEqualTo("x:y");
  }

  @Test
  void malformedOrMissingSettingsAreConfigErrors() {
    assertThatThrownBy(() -> new SerdeConfig(Map.of()).registryClient())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url");
    assertThatThrownBy(
            () ->
                new SerdeConfig(
                    Map.of(
                        SerdeConfig.SCHEMA_REGISTRY_URL,
                        "mock://x",
                        SerdeConfig.AUTO_REGISTER_SCHEMAS,
                        "yes")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("auto.register.schemas");
    assertThatThrownBy(
            () ->
                new SerdeConfig(
                    Map.of(
                        SerdeConfig.SCHEMA_REGISTRY_URL,
                        "mock://x",
                        SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                        "SASL_INHERIT")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("basic.auth.credentials.source");
    assertThatThrownBy(
            () ->
                new SerdeConfig(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://x,http://a:8081"))
                    .registryClient())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mock://");
  }
}
