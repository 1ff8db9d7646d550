package org.imrstream.serde.registry;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads the values of {@code schema.registry.url}: either one {@code mock://scope}, or HTTP(S) base
 * URLs that may carry {@code user:password@} (used when {@code basic.auth.credentials.source=URL}).
 */
public final class RegistryUrls {

  public static final String MOCK_SCHEME = "mock://";

  private RegistryUrls() {}

  /** The mock scope named by {@code urls}, or null when they are real URLs. */
  public static String mockScope(List<String> urls) {
    boolean anyMock = urls.stream().anyMatch(url -> url.startsWith(MOCK_SCHEME));
    if (!anyMock) {
      return null;
    }
    if (urls.size() != 1) {
      // A mock registry lives in this JVM; mixing it with real ones would split schemas between two
      // worlds.
      throw new ConfigException(
          "schema.registry.url",
          String.join(",", urls),
          "a mock:// URL must be the only registry URL");
    }
    return urls.get(0).substring(MOCK_SCHEME.length());
  }

  /** The first {@code user:password} embedded in one of {@code urls}, decoded, or null. */
  public static String userInfo(List<String> urls) {
    for (String url : urls) {
      String raw = parse(url).getRawUserInfo();
      if (raw != null) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** {@code url} without credentials (they travel in a header) and without trailing slashes. */
  static URI baseUri(String url) {
    URI uri = parse(url);
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      throw new ConfigException("schema.registry.url", masked(url), "not an absolute http(s) URL");
    }
    String authority = uri.getRawAuthority();
    int at = authority.lastIndexOf('@');
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    return URI.create(uri.getScheme() + "://" + authority.substring(at + 1) + path);
  }

  private static URI parse(String url) {
    try {
      return URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "schema.registry.url", masked(url), "not a URL: " + masked(e.getMessage()));
    }
  }

  /**
   * {@code text} with any {@code user:password@} of a URL in it hidden: error messages end up in
   * logs.
   */
  static String masked(String text) {
    return text == null ? null : text.replaceAll("(?<=//)[^/@\\s]+@", "***@");
  }
}
