package org.imrstream.cluster;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.imrstream.command.CommandFailure;

/**
 * Any Kafka client, Streams or serde setting from the environment: {@code IMR_KAFKA_<NAME>=value}
 * sets the property {@code <name>}, so a container needs no properties file for its security
 * settings.
 *
 * <p>The name after the prefix is lower-cased and its runs of underscores are read as the Confluent
 * Platform images spell properties:
 *
 * <ul>
 *   <li>{@code _} is a dot: {@code IMR_KAFKA_SECURITY_PROTOCOL} sets {@code security.protocol};
 *   <li>{@code __} (two) is a dash: {@code IMR_KAFKA_IMR_DEAD__LETTER_MAX_BYTES} sets {@code
 *       imr.dead-letter.max.bytes};
 *   <li>{@code ___} (three) is an underscore.
 * </ul>
 *
 * A name that starts or ends with an underscore, holds four or more in a row, or any character
 * other than letters, digits and underscores is refused, naming the variable, rather than read as
 * some other setting. Values are taken as they are (an empty value is an empty setting: {@code
 * IMR_KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=} turns host name verification off). {@code
 * IMR_KAFKA_LOG_LEVEL} is the level of Kafka's logging, not a setting. A property with capitals
 * cannot be spelt so: put it in the {@code --config} file.
 */
public final class KafkaEnvironment {

  /** The prefix of the variables that carry Kafka settings. */
  public static final String PREFIX = "IMR_KAFKA_";

  /** Kafka's log level (read by the logging configuration), never a Kafka setting. */
  public static final String LOG_LEVEL = "IMR_KAFKA_LOG_LEVEL";

  /** Variables that carry the prefix but are not settings. */
  public static final Set<String> RESERVED = Set.of(LOG_LEVEL);

  private KafkaEnvironment() {}

  /**
   * The settings {@code env} carries, by property name, sorted.
   *
   * @throws CommandFailure when a variable with the prefix does not spell a property name
   */
  public static Map<String, String> properties(Map<String, String> env) {
    Map<String, String> props = new TreeMap<>();
    env.forEach(
        (variable, value) -> {
          if (isSetting(variable)) {
            String name = propertyName(variable);
            String earlier = props.put(name, value);
            if (earlier != null && !earlier.equals(value)) {
              throw new CommandFailure(
                  "two environment variables set "
                      + name
                      + " to different values: "
                      + variableName(name)
                      + " and "
                      + variable);
            }
          }
        });
    return props;
  }

  /** Whether {@code variable} is one that carries a setting (the prefix, and not reserved). */
  public static boolean isSetting(String variable) {
    return variable.startsWith(PREFIX) && !RESERVED.contains(variable);
  }

  /**
   * The property {@code variable} sets: {@code IMR_KAFKA_SASL_JAAS_CONFIG} gives {@code
   * sasl.jaas.config}.
   *
   * @throws CommandFailure when the variable does not spell a property name
   */
  public static String propertyName(String variable) {
    if (!variable.startsWith(PREFIX)) {
      throw new IllegalArgumentException(variable + " does not start with " + PREFIX);
    }
    String rest = variable.substring(PREFIX.length());
    if (rest.isEmpty() || rest.startsWith("_") || rest.endsWith("_")) {
      throw notAName(
          variable, "the name after " + PREFIX + " must start and end with a letter or digit");
    }
    StringBuilder name = new StringBuilder(rest.length());
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (c == '_') {
        int run = 0;
        while (i < rest.length() && rest.charAt(i) == '_') {
          run++;
          i++;
        }
        name.append(
            switch (run) {
              case 1 -> '.';
              case 2 -> '-';
              case 3 -> '_';
              default ->
                  throw notAName(variable, run + " underscores in a row (1 is '.', 2 '-', 3 '_')");
            });
      } else if (isAsciiLetterOrDigit(c)) {
        name.append(Character.toLowerCase(c));
        i++;
      } else {
        throw notAName(variable, "'" + c + "' is not a letter, digit or underscore");
      }
    }
    return name.toString();
  }

  /**
   * The variable that sets {@code property}: the inverse of {@link #propertyName}, for messages and
   * documentation ({@code imr.dead-letter.max.bytes} gives {@code
   * IMR_KAFKA_IMR_DEAD__LETTER_MAX_BYTES}).
   */
  public static String variableName(String property) {
    StringBuilder variable = new StringBuilder(PREFIX);
    for (char c : property.toCharArray()) {
      switch (c) {
        case '.' -> variable.append('_');
        case '-' -> variable.append("__");
        case '_' -> variable.append("___");
        default -> variable.append(Character.toUpperCase(c));
      }
    }
    return variable.toString();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static CommandFailure notAName(String variable, String why) {
    return new CommandFailure(
        "environment variable "
            + variable
            + " does not name a Kafka setting: "
            + why
            + " (e.g. "
            + variableName("sasl.jaas.config")
            + " sets sasl.jaas.config)");
  }
}
