package org.imrstream.runtime.status;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Properties;
import org.imrstream.command.CommandFailure;

/**
 * Where a Streams app serves its health and metrics over HTTP: {@value #PORT} (off when absent) and
 * {@value #HOST} (loopback unless told otherwise; a container passes {@code 0.0.0.0}). They travel
 * with the app's other {@code imr.*} settings, so the options, the environment and a config file
 * can all set them; {@code StreamsRunner} reads them and takes them out before Kafka sees its
 * configuration.
 *
 * @param port 0 for any free port (the runner logs the one it got)
 */
public record HttpSettings(String host, int port) {

  public static final String PORT = "imr.http.port";
  public static final String HOST = "imr.http.host";
  public static final String ENV_PORT = "IMR_HTTP_PORT";
  public static final String ENV_HOST = "IMR_HTTP_HOST";
  public static final String DEFAULT_HOST = "127.0.0.1";
  private static final String PREFIX = "imr.http.";

  /** The settings in {@code props}, or empty when no port is set (no HTTP server then). */
  public static Optional<HttpSettings> from(Properties props) {
    String port = value(props, PORT);
    if (port == null) {
      return Optional.empty();
    }
    String host = value(props, HOST);
    return Optional.of(new HttpSettings(host == null ? DEFAULT_HOST : host, parsePort(port)));
  }

  /** The address to listen on. */
  public InetSocketAddress address() {
    return new InetSocketAddress(host, port);
  }

  /**
   * What other instances of the application call this one at ({@code application.server}): the host
   * it listens on and its actual port; for a wildcard host ({@code 0.0.0.0}, in a container) the
   * machine's own name, which its peers resolve.
   */
  public String advertised(int actualPort) {
    String name = host;
    if (name.equals("0.0.0.0") || name.equals("::") || name.equals("[::]")) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        name = "localhost";
      }
    }
    return name + ":" + actualPort;
  }

  /** True for the keys this class reads ({@code imr.http.*}). */
  public static boolean isHttpSetting(Object key) {
    return key.toString().startsWith(PREFIX);
  }

  /** {@code props} without the HTTP settings: what the Streams client gets. */
  public static Properties without(Properties props) {
    Properties out = new Properties();
    props.forEach(
        (key, value) -> {
          if (!isHttpSetting(key)) {
            out.put(key, value);
          }
        });
    return out;
  }

  private static String value(Properties props, String key) {
    Object value = props.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new CommandFailure(
        "the HTTP port (--http-port, $"
            + ENV_PORT
            + " or "
            + PORT
            + ") must be a number from 0 to 65535, not '"
            + text
            + "'");
  }
}
