package org.imrstream.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.imrstream.command.CommandFailure;

/**
 * An admin client that has shown the cluster answers: opening it waits at most the command's
 * timeout, then fails with a message naming the bootstrap servers, instead of every later call
 * waiting its own minute in silence.
 */
public final class ClusterAdmin implements AutoCloseable {

  private final Admin admin;
  private final Duration timeout;

  private ClusterAdmin(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * Connects with the client {@code props} (user settings included) and waits until a broker
   * answers.
   */
  public static ClusterAdmin connect(Properties props, Duration timeout) {
    Map<String, Object> config = ClientProperties.forAdmin(props);
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(millis, 30_000));
    Admin admin = Admin.create(config);
    ClusterAdmin cluster = new ClusterAdmin(admin, timeout);
    try {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return cluster;
    } catch (TimeoutException | ExecutionException e) {
      cluster.close();
      throw new CommandFailure(
          "cannot reach Kafka at "
              + props.getProperty(ClusterOptions.BOOTSTRAP_SERVERS)
              + " within "
              + seconds(timeout)
              + (e instanceof ExecutionException ? ": " + e.getCause().getMessage() : ""));
    } catch (InterruptedException e) {
      cluster.close();
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while connecting to Kafka");
    }
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  public Admin admin() {
    return admin;
  }

  public Duration timeout() {
    return timeout;
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
