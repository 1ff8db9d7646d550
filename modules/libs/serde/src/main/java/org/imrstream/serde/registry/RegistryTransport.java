package org.imrstream.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests to a Schema Registry: basic authentication, bounded retries with backoff, and
 * failover over the configured URLs. Answers that retrying cannot change (4xx) fail at once with
 * the registry's error_code.
 */
final class RegistryTransport {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger LOG = LoggerFactory.getLogger(RegistryTransport.class);

  private final List<URI> baseUrls;
  private final String authorization;
  private final RetryPolicy retry;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * One JDK client for all transports: it holds only connections and a selector thread, no registry
   * data, so sharing it is safe. HTTP/1.1 because the JDK would otherwise try an h2c upgrade some
   * proxies mishandle.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * The URL that answered last: start there, so a dead first URL costs one failover, not one per
   * call.
   */
  private volatile int preferred;

  RegistryTransport(List<URI> baseUrls, String userInfo, RetryPolicy retry) {
    if (baseUrls.isEmpty()) {
      throw new IllegalArgumentException("no schema registry URL");
    }
    this.baseUrls = List.copyOf(baseUrls);
    this.authorization =
        userInfo == null
            ? null
            : "Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    this.retry = retry;
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  JsonNode post(String path, Object body) {
    try {
      return send("POST", path, json.writeValueAsString(body));
    } catch (IOException e) {
      throw new SchemaRegistryException("cannot encode the request to " + path, e);
    }
  }

  private JsonNode send(String method, String path, String body) {
    SchemaRegistryException last = null;
    int urlIndex = preferred;
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      URI base = baseUrls.get(urlIndex % baseUrls.size());
      try {
        HttpResponse<String> response =
            HTTP.send(
                request(base, method, path, body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          preferred = urlIndex % baseUrls.size();
          return json.readTree(response.body());
        }
        last = error(method + " " + base + path, status, response.body());
        if (!worthRetrying(status)) {
          throw last;
        }
      } catch (IOException e) {
        last = new SchemaRegistryException(method + " " + base + path + " failed: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("interrupted calling the schema registry", e);
      }
      if (!retry.tryAgain(attempt, Duration.ofNanos(System.nanoTime() - started))) {
        throw last.afterAttempts(attempt);
      }
      LOG.debug("schema registry attempt {} failed, trying again: {}", attempt, last.getMessage());
      if (attempt == retry.maxAttempts()) {
        LOG.warn(
            "schema registry unreachable, retrying for up to {} s: {}",
            retry.retryFor().toSeconds(),
            last.getMessage());
      }
      pause(retry.backoffAfter(attempt));
      urlIndex++;
    }
  }

  /**
   * Server trouble, timeouts and throttling may pass; any other 4xx is the registry's final word.
   */
  private static boolean worthRetrying(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private HttpRequest request(URI base, String method, String path, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", CONTENT_TYPE + ", application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (body == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder
        .header("Content-Type", CONTENT_TYPE)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private SchemaRegistryException error(String call, int status, String body) {
    try {
      JsonNode answer = json.readTree(body);
      if (answer != null && answer.has("error_code")) {
        return new SchemaRegistryException(
            call + ": " + answer.path("message").asText(""),
            status,
            answer.path("error_code").asInt(-1));
      }
    } catch (IOException e) {
      // Not JSON (a proxy's error page, say): the raw body below says more than a parse error
      // would.
    }
    return new SchemaRegistryException(call + ": " + body, status, -1);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(
          "interrupted while waiting to retry the schema registry", e);
    }
  }
}
