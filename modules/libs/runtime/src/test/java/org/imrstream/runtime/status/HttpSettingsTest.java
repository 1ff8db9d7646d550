package org.imrstream.runtime.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.imrstream.command.CommandFailure;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  @Test
  void peersAreToldTheListeningHostAndTheActualPortAndAMachineNameForAWildcard() {
    assertThat(new HttpSettings("127.0.0.1", 0).advertised(41234)).isEqualTo("127.0.0.1:41234");
    assertThat(new HttpSettings("0.0.0.0", 8080).advertised(8080))
        .doesNotStartWith("0.0.0.0")
        .endsWith(":8080");
  }

  @Test
  void noPortMeansNoServer() {
    Properties props = new Properties();
    props.put(HttpSettings.HOST, "0.0.0.0");
    assertThat(HttpSettings.from(props)).isEmpty();
    props.put(HttpSettings.PORT, " ");
    assertThat(HttpSettings.from(props)).as("blank, as an empty IMR_HTTP_PORT").isEmpty();
  }

  @Test
  void aPortOnLoopbackByDefault() {
    Properties props = new Properties();
    props.put(HttpSettings.PORT, " 9100 ");
    assertThat(HttpSettings.from(props)).contains(new HttpSettings("127.0.0.1", 9100));
    props.put(HttpSettings.HOST, "0.0.0.0");
    assertThat(HttpSettings.from(props)).contains(new HttpSettings("0.0.0.0", 9100));
  }

  @Test
  void aBadPortIsAOneLineFailure() {
    for (String bad : new String[] {"http", "-1", "65536"}) {
      Properties props = new Properties();
      props.put(HttpSettings.PORT, bad);
      assertThatThrownBy(() -> HttpSettings.from(props))
          .as(bad)
          .isInstanceOf(CommandFailure.class)
          .hasMessage(
              "the HTTP port (--http-port, $IMR_HTTP_PORT or imr.http.port) must be a number from 0"
                  + " to 65535, not '"
                  + bad
                  + "'");
    }
  }

  @Test
  void theStreamsClientNeverSeesThem() {
    Properties props = new Properties();
    props.put(HttpSettings.PORT, "9100");
    props.put(HttpSettings.HOST, "0.0.0.0");
    props.put("application.id", "imr-streams");
    assertThat(HttpSettings.without(props)).containsOnlyKeys("application.id");
  }
}
