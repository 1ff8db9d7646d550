package org.imrstream.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryUrlsTest {

  @Test
  void credentialsTravelApartFromTheBaseUrl() {
    List<String> urls = List.of("https://alice:s%40cret@registry.example:8081/apis/ccompat/v7/");
    assertThat(RegistryUrls.userInfo(urls)).isEqualTo("alice:s@cret");
    assertThat(RegistryUrls.baseUri(urls.get(0)).toString())
        .isEqualTo("https://registry.example:8081/apis/ccompat/v7");
  }

  @Test
  void aBadUrlIsReportedWithoutItsCredentials() {
    assertThatThrownBy(() -> RegistryUrls.baseUri("http://bob:hunter2@bad host:8081"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("***@")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> RegistryUrls.baseUri("//bob:hunter2@registry:8081"))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("hunter2");
  }
}
