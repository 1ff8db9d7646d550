package org.imrstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class ClientPropertiesTest {

  private static final String SECRET = "s3cr3t-value";

  @Test
  void secretsAreRecognisedByName() {
    for (String name :
        new String[] {
          "sasl.jaas.config",
          "producer.sasl.jaas.config",
          "main.consumer.sasl.jaas.config",
          "ssl.key.password",
          "ssl.keystore.password",
          "ssl.truststore.password",
          "ssl.keystore.key",
          "admin.ssl.keystore.key",
          "sasl.oauthbearer.client.credentials.client.secret",
          "sasl.oauthbearer.assertion.private.key.passphrase",
          "basic.auth.user.info",
          "schema.registry.basic.auth.user.info",
          "bearer.auth.token",
          "SASL.JAAS.CONFIG"
        }) {
      assertThat(ClientProperties.isSecret(name)).as(name).isTrue();
    }
    for (String name :
        new String[] {
          "bootstrap.servers",
          "security.protocol",
          "sasl.mechanism",
          "ssl.keystore.location",
          "ssl.keystore.type",
          "key.serializer",
          "default.key.serde",
          "key.subject.name.strategy",
          "basic.auth.credentials.source",
          "schema.registry.url",
          "linger.ms"
        }) {
      assertThat(ClientProperties.isSecret(name)).as(name).isFalse();
    }
  }

  @Test
  void maskedHidesSecretValuesAndKeepsTheRest() {
    Properties props = new Properties();
    props.put("bootstrap.servers", "kafka-1:29092");
    props.put("security.protocol", "SASL_SSL");
    props.put(
        "sasl.jaas.config",
        "PlainLoginModule required username=\"u\" password=\"" + SECRET + "\";");
    props.put("ssl.keystore.key", "-----BEGIN PRIVATE KEY-----" + SECRET);
    props.put("ssl.truststore.password", new Password(SECRET));
    props.put("basic.auth.user.info", "user:" + SECRET);
    props.put("producer.ssl.key.password", SECRET);

    Map<String, String> shown = ClientProperties.masked(props);

    assertThat(shown)
        .containsEntry("bootstrap.servers", "kafka-1:29092")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", ClientProperties.HIDDEN)
        .containsEntry("ssl.keystore.key", ClientProperties.HIDDEN)
        .containsEntry("ssl.truststore.password", ClientProperties.HIDDEN)
        .containsEntry("basic.auth.user.info", ClientProperties.HIDDEN)
        .containsEntry("producer.ssl.key.password", ClientProperties.HIDDEN);
    assertThat(ClientProperties.describe(props))
        .doesNotContain(SECRET)
        .contains("bootstrap.servers=kafka-1:29092");
  }

  @Test
  void aPasswordObjectIsHiddenWhateverItsName() {
    assertThat(ClientProperties.masked(Map.of("some.custom.setting", new Password(SECRET))))
        .containsEntry("some.custom.setting", ClientProperties.HIDDEN);
  }

  @Test
  void credentialsInUrlsAreHidden() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(
        "schema.registry.url",
        "https://user:" + SECRET + "@registry-a:8081/apis/ccompat/v7,http://registry-b:8081");
    assertThat(ClientProperties.masked(props).get("schema.registry.url"))
        .isEqualTo("https://[hidden]@registry-a:8081/apis/ccompat/v7,http://registry-b:8081");
  }

  @Test
  void describeIsSortedAndOneLine() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("linger.ms", 5);
    props.put("acks", "all");
    props.put("sasl.jaas.config", SECRET);
    assertThat(ClientProperties.describe(props))
        .isEqualTo("acks=all, linger.ms=5, sasl.jaas.config=[hidden]");
  }
}
