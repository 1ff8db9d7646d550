package org.imrstream.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The names of the pipeline's topics in one deployment: the defaults of {@link Topics}, or a
 * versioned set for a side-by-side replay. With {@value #VERSION}{@code =N} every topic the
 * pipeline and the sink write is named {@code <name>.vN} ({@code imr.decisions.v2}, ...) while the
 * raw letters stay where they are, so a second application can rebuild every output from the same
 * history while the live one keeps running (docs/OPERATIONS.md). {@value #RAW} names another raw
 * topic (the benchmark preloads one per run).
 */
public final class TopicNames {

  /** Output version: a whole number; none or 1 means the unversioned names. */
  public static final String VERSION = "imr.topics.version";

  /** The raw letters topic the pipeline reads (default {@value Topics#RAW_LETTERS}). */
  public static final String RAW = "imr.topics.raw";

  public static final TopicNames DEFAULT = new TopicNames(Topics.RAW_LETTERS, 1);

  // A version suffix that no pipeline topic name ends with by itself (imr.decisions.late is not
  // imr.decisions at version "late").
  private static final Pattern VERSIONED = Pattern.compile("\\.v[0-9]+$");

  private final String rawLetters;
  private final int version;

  public TopicNames(String rawLetters, int version) {
    if (rawLetters == null || rawLetters.isBlank()) {
      throw new IllegalArgumentException(RAW + " must name a topic");
    }
    if (version < 1) {
      throw new IllegalArgumentException(VERSION + " must be 1 or more, not " + version);
    }
    this.rawLetters = rawLetters;
    this.version = version;
  }

  /** The names {@code config} sets ({@value #VERSION}, {@value #RAW}), else the defaults. */
  public static TopicNames from(Map<String, ?> config) {
    Object raw = config.get(RAW);
    Object version = config.get(VERSION);
    return new TopicNames(
        raw == null ? Topics.RAW_LETTERS : raw.toString().trim(),
        version == null || version.toString().isBlank() ? 1 : parseVersion(version.toString()));
  }

  /** The same, from properties. */
  public static TopicNames from(Properties props) {
    Map<String, Object> map = new HashMap<>();
    props.forEach((k, v) -> map.put(k.toString(), v));
    return from(map);
  }

  private static int parseVersion(String value) {
    String digits = value.trim();
    if (digits.startsWith("v")) {
      digits = digits.substring(1);
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          VERSION + " must be a whole number such as 2 (or v2), not '" + value + "'");
    }
  }

  /** The output version; 1 is the unversioned set. */
  public int version() {
    return version;
  }

  public String rawLetters() {
    return rawLetters;
  }

  public String decisions() {
    return output(Topics.DECISIONS);
  }

  public String deadLetters() {
    return output(Topics.DEAD_LETTERS);
  }

  public String lateDecisions() {
    return output(Topics.LATE_DECISIONS);
  }

  public String streamsDeadLetterQueue() {
    return output(Topics.STREAMS_DLQ);
  }

  public String allTimeCounts() {
    return output(Topics.GUIDELINE_COUNTS);
  }

  public String dailyCounts() {
    return output(Topics.DAILY_COUNTS);
  }

  public String dashboardStats() {
    return output(Topics.DASHBOARD_GUIDELINE_STATS);
  }

  public String dashboardDecisions() {
    return output(Topics.DASHBOARD_DECISIONS);
  }

  /** What the pipeline (streams) reads and writes. */
  public List<String> pipeline() {
    return List.of(
        rawLetters,
        decisions(),
        deadLetters(),
        lateDecisions(),
        streamsDeadLetterQueue(),
        allTimeCounts(),
        dailyCounts());
  }

  /** What the sink reads and writes. */
  public List<String> sink() {
    return List.of(
        decisions(),
        allTimeCounts(),
        dailyCounts(),
        dashboardStats(),
        dashboardDecisions(),
        streamsDeadLetterQueue());
  }

  /** Every topic of this set (internal topics of the Streams apps excluded). */
  public List<String> all() {
    return List.of(
        rawLetters,
        decisions(),
        deadLetters(),
        lateDecisions(),
        streamsDeadLetterQueue(),
        allTimeCounts(),
        dailyCounts(),
        dashboardStats(),
        dashboardDecisions());
  }

  /** A versioned name's unversioned one: {@code imr.decisions.v2} to {@code imr.decisions}. */
  public static String unversioned(String name) {
    return VERSIONED.matcher(name).replaceFirst("");
  }

  private String output(String name) {
    return version == 1 ? name : name + ".v" + version;
  }

  @Override
  public String toString() {
    return "raw " + rawLetters + (version == 1 ? "" : ", outputs at version " + version);
  }
}
