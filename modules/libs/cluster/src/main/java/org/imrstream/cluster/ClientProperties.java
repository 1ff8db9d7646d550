package org.imrstream.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The user's merged properties as one kind of Kafka client should see them: the pipeline's own
 * settings ({@code imr.*}) and the serde's left out, so that clients do not warn about settings
 * they do not know.
 */
public final class ClientProperties {

  private ClientProperties() {}

  /**
   * The settings an admin client knows: connection and security settings, nothing of producers or
   * Streams.
   */
  public static Map<String, Object> forAdmin(Properties props) {
    Set<String> known = AdminClientConfig.configNames();
    Map<String, Object> config = new HashMap<>();
    props.forEach(
        (key, value) -> {
          String name = key.toString();
          if (known.contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
            config.put(name, value);
          }
        });
    return config;
  }
}
