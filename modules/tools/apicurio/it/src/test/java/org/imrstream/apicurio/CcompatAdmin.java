package org.imrstream.apicurio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The tests' own view of a registry's Confluent-compatible API, over plain HTTP: the settings the
 * serde never touches (compatibility) and what the tests check the serde against (subjects,
 * versions, ids). Kept apart from the serde's client, so that a bug there cannot hide itself.
 */
final class CcompatAdmin {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final String baseUrl;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  CcompatAdmin(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Sets the global compatibility level, e.g. {@code BACKWARD}. */
  void setCompatibility(String level) {
    send("PUT", "/config", Map.of("compatibility", level));
  }

  String compatibility() {
    return send("GET", "/config", null).path("compatibilityLevel").asText();
  }

  List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    send("GET", "/subjects", null).forEach(subject -> subjects.add(subject.asText()));
    return subjects;
  }

  List<Integer> versions(String subject) {
    List<Integer> versions = new ArrayList<>();
    send("GET", "/subjects/" + encode(subject) + "/versions", null)
        .forEach(version -> versions.add(version.asInt()));
    return versions;
  }

  /** The id of the subject's newest version. */
  int latestId(String subject) {
    return send("GET", "/subjects/" + encode(subject) + "/versions/latest", null)
        .path("id")
        .asInt();
  }

  Schema schema(int id) {
    return new Schema.Parser()
        .parse(send("GET", "/schemas/ids/" + id, null).path("schema").asText());
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(10))
              .header("Accept", CONTENT_TYPE);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", CONTENT_TYPE)
            .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + path, e);
    }
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
