package org.imrstream.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.imrstream.command.CommandFailure;
import org.imrstream.command.DurationConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to a cluster, as a picocli mixin. Precedence, lowest
 * first: built-in defaults; the environment ({@code IMR_KAFKA_<NAME>} for any setting, see {@link
 * KafkaEnvironment}, then {@code IMR_BOOTSTRAP_SERVERS} and {@code IMR_SCHEMA_REGISTRY_URL}, which
 * win over their {@code IMR_KAFKA_} spelling); the {@code --config} properties file, or {@code
 * IMR_CONFIG} (security settings and any Kafka or Streams setting, passed through unchanged); then
 * the explicit options. The merged settings are logged at DEBUG, secrets masked.
 */
public final class ClusterOptions {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterOptions.class);

  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String ENV_BOOTSTRAP_SERVERS = "IMR_BOOTSTRAP_SERVERS";
  public static final String ENV_SCHEMA_REGISTRY_URL = "IMR_SCHEMA_REGISTRY_URL";
  public static final String ENV_CONFIG = "IMR_CONFIG";
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
  public static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://localhost:8081";

  /**
   * The environment variables read by name; besides them, every {@code IMR_KAFKA_*} variable is a
   * setting ({@link KafkaEnvironment#isSetting}).
   */
  public static final Set<String> ENVIRONMENT_VARIABLES =
      Set.of(ENV_BOOTSTRAP_SERVERS, ENV_SCHEMA_REGISTRY_URL, ENV_CONFIG);

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      description =
          "Kafka bootstrap servers (default: $"
              + ENV_BOOTSTRAP_SERVERS
              + ", else "
              + DEFAULT_BOOTSTRAP_SERVERS
              + ").")
  String bootstrapServers;

  @Option(
      names = "--schema-registry-url",
      paramLabel = "URL",
      description =
          "Confluent-compatible Schema Registry URL, or mock://SCOPE for an in-memory one (default: $"
              + ENV_SCHEMA_REGISTRY_URL
              + ", else "
              + DEFAULT_SCHEMA_REGISTRY_URL
              + ").")
  String schemaRegistryUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Properties file passed to the Kafka clients unchanged (security settings etc.; default: $"
              + ENV_CONFIG
              + "). Single settings also come from the environment: "
              + "IMR_KAFKA_SASL_JAAS_CONFIG sets sasl.jaas.config ('_' is '.', '__' '-', '___' '_'); "
              + "the file wins over them.")
  Path config;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "How long to wait for the cluster before giving up with an error: 500ms, 30s, 2m "
              + "(default: ${DEFAULT-VALUE}).")
  Duration timeout = Duration.ofSeconds(30);

  /**
   * How long a command waits for the cluster to answer before it fails with a message naming the
   * servers.
   */
  public Duration timeout() {
    return timeout;
  }

  /** The merged client properties, with the environment read from {@code env}. */
  public Properties properties(Map<String, String> env) {
    Properties props = new Properties();
    props.put(BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS);
    props.put(SCHEMA_REGISTRY_URL, DEFAULT_SCHEMA_REGISTRY_URL);
    props.putAll(KafkaEnvironment.properties(env));
    if (env.containsKey(ENV_BOOTSTRAP_SERVERS)) {
      props.put(BOOTSTRAP_SERVERS, env.get(ENV_BOOTSTRAP_SERVERS));
    }
    if (env.containsKey(ENV_SCHEMA_REGISTRY_URL)) {
      props.put(SCHEMA_REGISTRY_URL, env.get(ENV_SCHEMA_REGISTRY_URL));
    }
    Path file =
        config != null ? config : env.containsKey(ENV_CONFIG) ? Path.of(env.get(ENV_CONFIG)) : null;
    if (file != null) {
      props.putAll(load(file));
    }
    if (bootstrapServers != null) {
      props.put(BOOTSTRAP_SERVERS, bootstrapServers);
    }
    if (schemaRegistryUrl != null) {
      props.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("client settings: {}", ClientProperties.describe(props));
    }
    return props;
  }

  public Properties properties() {
    return properties(System.getenv());
  }

  private static Properties load(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    } catch (IOException e) {
      throw new CommandFailure("cannot read the config file " + file + ": " + e.getMessage(), e);
    }
    return props;
  }

  /** The properties as a map, as Kafka's client constructors take them. */
  public static Map<String, Object> asMap(Properties props) {
    Map<String, Object> map = new HashMap<>();
    props.forEach((k, v) -> map.put(k.toString(), v));
    return map;
  }
}
