package org.imrstream.sink.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dashboard page and its files, from the jar ({@value #FOLDER}): {@code /} is {@code
 * index.html}; any other path is one file name of that folder, nothing else (no folders, no {@code
 * ..}). The page makes no request anywhere but here, which its Content-Security-Policy tells the
 * browser too.
 */
final class StaticFiles {

  static final String FOLDER = "/org/imrstream/sink/web/";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");
  private static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  void serve(HttpExchange exchange, List<String> path) throws IOException {
    String name = path.isEmpty() ? "index.html" : path.size() == 1 ? path.get(0) : null;
    String extension = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
    InputStream file =
        name != null && NAME.matcher(name).matches() && TYPES.containsKey(extension)
            ? StaticFiles.class.getResourceAsStream(FOLDER + name)
            : null;
    if (file == null) {
      DashboardApi.send(
          exchange,
          404,
          "application/json; charset=utf-8",
          "{\"error\":\"no such page; the dashboard is at /\"}");
      return;
    }
    try (InputStream in = file) {
      byte[] bytes = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", TYPES.get(extension));
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
