package org.imrstream.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.types.Password;

/**
 * The user's merged properties as one kind of Kafka client should see them: the pipeline's own
 * settings ({@code imr.*}) and the serde's left out, so that clients do not warn about settings
 * they do not know. And the same properties as they may be shown: with every secret masked.
 */
public final class ClientProperties {

  /** What a masked value reads as (Kafka's own word for a hidden password). */
  public static final String HIDDEN = "[hidden]";

  /**
   * Words that make a setting secret wherever they appear in its name: passwords, SASL's JAAS
   * configuration (it carries credentials inline), OAuth secrets and tokens, the registry's basic
   * auth {@code user:password}.
   */
  private static final List<String> SECRET_WORDS =
      List.of("password", "passphrase", "secret", "jaas", "token", "user.info");

  /** Settings with a {@code key} part that name a class, not key material. */
  private static final Set<String> CLASS_SUFFIXES =
      Set.of("serializer", "deserializer", "serde", "strategy", "converter");

  /** {@code scheme://user:password@} in a URL (a registry URL may carry its credentials). */
  private static final Pattern URL_USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s,]+@");

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

  /**
   * Whether the value of setting {@code name} must never be shown: a name holding {@code password},
   * {@code passphrase}, {@code secret}, {@code jaas}, {@code token} or {@code user.info}, or key
   * material (a {@code key} part, as in {@code ssl.keystore.key}, unless the setting names a class
   * such as {@code key.serializer}). Prefixed names ({@code producer.ssl.key.password}, {@code
   * main.consumer.sasl.jaas.config}) are secret alike.
   */
  public static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    List<String> parts = List.of(lower.split("[._-]"));
    return parts.contains("key") && !CLASS_SUFFIXES.contains(parts.get(parts.size() - 1));
  }

  /**
   * {@code props} as they may be logged or printed, sorted by name: secret values replaced by
   * {@value #HIDDEN}, credentials in URLs too ({@code https://[hidden]@registry:8081}).
   */
  public static SortedMap<String, String> masked(Map<?, ?> props) {
    SortedMap<String, String> shown = new TreeMap<>();
    props.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          shown.put(name, maskedValue(name, value));
        });
    return shown;
  }

  /** {@code props} masked, as one line: {@code name=value, name=value}. */
  public static String describe(Map<?, ?> props) {
    return masked(props).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String maskedValue(String name, Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Password || isSecret(name)) {
      return HIDDEN;
    }
    return URL_USER_INFO.matcher(value.toString()).replaceAll("$1" + HIDDEN + "@");
  }
}
