package org.imrstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.imrstream.command.CommandFailure;
import org.junit.jupiter.api.Test;

class KafkaEnvironmentTest {

  @Test
  void underscoresAreDotsAndTheNameIsLowerCased() {
    Map<String, String> props =
        KafkaEnvironment.properties(
            Map.of(
                "IMR_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "IMR_KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required username=\"u\";",
                "IMR_KAFKA_SASL_MECHANISM", "PLAIN"));
    assertThat(props)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.jaas.config", "PlainLoginModule required username=\"u\";",
                "sasl.mechanism", "PLAIN"));
  }

  @Test
  void twoUnderscoresAreADashAndThreeAnUnderscore() {
    assertThat(KafkaEnvironment.propertyName("IMR_KAFKA_IMR_DEAD__LETTER_MAX_BYTES"))
        .isEqualTo("imr.dead-letter.max.bytes");
    assertThat(KafkaEnvironment.propertyName("IMR_KAFKA_MY___SETTING_X")).isEqualTo("my_setting.x");
    assertThat(KafkaEnvironment.propertyName("IMR_KAFKA_A__B___C_D")).isEqualTo("a-b_c.d");
  }

  @Test
  void variableNameIsTheInverse() {
    for (String property :
        new String[] {
          "sasl.jaas.config",
          "imr.dead-letter.max.bytes",
          "my_setting.x",
          "producer.ssl.key.password",
          "replication.factor",
          "a-b_c.d"
        }) {
      assertThat(KafkaEnvironment.propertyName(KafkaEnvironment.variableName(property)))
          .as(property)
          .isEqualTo(property);
    }
    assertThat(KafkaEnvironment.variableName("imr.dead-letter.max.bytes"))
        .isEqualTo("IMR_KAFKA_IMR_DEAD__LETTER_MAX_BYTES");
  }

  @Test
  void otherVariablesAndTheLogLevelAreNoSettings() {
    Map<String, String> props =
        KafkaEnvironment.properties(
            Map.of(
                "IMR_KAFKA_LOG_LEVEL", "DEBUG",
                "IMR_BOOTSTRAP_SERVERS", "b:9092",
                "KAFKA_SECURITY_PROTOCOL", "SSL",
                "PATH", "/usr/bin",
                "IMR_KAFKA_LINGER_MS", "5"));
    assertThat(props).containsExactlyEntriesOf(Map.of("linger.ms", "5"));
  }

  @Test
  void emptyValuesAreKept() {
    assertThat(
            KafkaEnvironment.properties(
                Map.of("IMR_KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "")))
        .containsExactlyEntriesOf(Map.of("ssl.endpoint.identification.algorithm", ""));
  }

  @Test
  void malformedNamesAreRefusedNamingTheVariable() {
    for (String variable :
        new String[] {
          "IMR_KAFKA_",
          "IMR_KAFKA__LINGER_MS",
          "IMR_KAFKA_LINGER_MS_",
          "IMR_KAFKA_A____B",
          "IMR_KAFKA_LINGER.MS"
        }) {
      assertThatThrownBy(() -> KafkaEnvironment.properties(Map.of(variable, "1")))
          .as(variable)
          .isInstanceOf(CommandFailure.class)
          .hasMessageContaining(variable)
          .hasMessageNotContaining("=1");
    }
  }

  @Test
  void twoSpellingsOfOneSettingWithDifferentValuesAreRefused() {
    assertThatThrownBy(
            () ->
                KafkaEnvironment.properties(
                    Map.of("IMR_KAFKA_LINGER_MS", "5", "IMR_KAFKA_linger_ms", "7")))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("linger.ms");
  }
}
