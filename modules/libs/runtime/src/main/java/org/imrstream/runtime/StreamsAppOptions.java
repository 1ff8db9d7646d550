package org.imrstream.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.topics.TopicNames;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every Streams job of the pipeline takes: the cluster, its application id, its state
 * folder and where it serves health and metrics over HTTP. Precedence, lowest first: defaults,
 * environment ({@code IMR_HTTP_PORT}, {@code IMR_HTTP_HOST} and the cluster's), the config file
 * ({@code imr.http.port}, {@code imr.http.host}, any Kafka setting), then the options.
 */
public final class StreamsAppOptions {

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--application-id",
      description = "Kafka Streams application id (default: the job's own).")
  String applicationId;

  @Option(
      names = "--state-dir",
      description = "Where the state stores live (default: Kafka Streams' default).")
  Path stateDir;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description =
          "Serve /health/live, /health/ready and /metrics (Prometheus) over HTTP on this port; "
              + "0 picks a free one (default: $"
              + HttpSettings.ENV_PORT
              + ", else no HTTP server).")
  Integer httpPort;

  @Option(
      names = "--http-host",
      paramLabel = "HOST",
      description =
          "Address the HTTP server listens on, e.g. 0.0.0.0 in a container (default: $"
              + HttpSettings.ENV_HOST
              + ", else "
              + HttpSettings.DEFAULT_HOST
              + ").")
  String httpHost;

  @Option(
      names = "--topics-version",
      paramLabel = "N",
      description =
          "Write versioned output topics (imr.decisions.vN, ...) instead of the live ones, for a"
              + " side-by-side replay; the raw letters are read where they are (default: $"
              + "IMR_TOPICS_VERSION, else the unversioned topics).")
  String topicsVersion;

  /** How long to wait for the cluster before failing. */
  public Duration timeout() {
    return cluster.timeout();
  }

  /**
   * The job's settings: our Streams defaults, then the user's (environment, config file, options).
   */
  public Properties properties(String defaultApplicationId) {
    return properties(defaultApplicationId, System.getenv());
  }

  /** The same, with the environment read from {@code env}. */
  Properties properties(String defaultApplicationId, Map<String, String> env) {
    Map<String, Object> user = ClusterOptions.asMap(cluster.properties(env));
    putFirst(user, HttpSettings.PORT, httpPort, env.get(HttpSettings.ENV_PORT));
    putFirst(user, HttpSettings.HOST, httpHost, env.get(HttpSettings.ENV_HOST));
    putFirst(user, TopicNames.VERSION, topicsVersion, env.get("IMR_TOPICS_VERSION"));
    Properties props =
        StreamsSettings.forCommand(
            applicationId != null ? applicationId : defaultApplicationId, user, stateDir);
    HttpSettings.from(props); // a bad port fails here, before the command connects to anything
    TopicNames.from(props); // so does a bad topics version
    return props;
  }

  /**
   * The option's value when given, else the config file's (already in {@code settings}), else the
   * environment's.
   */
  private static void putFirst(
      Map<String, Object> settings, String key, Object option, String environment) {
    if (option != null) {
      settings.put(key, option.toString());
    } else if (!settings.containsKey(key) && environment != null) {
      settings.put(key, environment);
    }
  }
}
