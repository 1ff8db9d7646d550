package org.imrstream.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo's reader of the sink's query API: the table is what the dashboard shows. */
final class DashboardClient {

  private final URI guidelines;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  DashboardClient(URI dashboard) {
    this.guidelines = dashboard.resolve("/api/guidelines");
  }

  /** {@code GET /api/guidelines}: every guideline, all-time and in the current window. */
  JsonNode guidelines() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(guidelines).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "the sink's API answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }
}
