package org.imrstream.pipelinebench.cluster;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of one benchmark run, so that its phases, and repeated runs on one cluster, never read each
 * other's records: every raw topic, output topic and application id starts with the run id ({@code
 * bench-20261123-101500-3fa2}), and each phase's pipeline writes its outputs at a version of its
 * own ({@code imr.decisions.v7}).
 */
public final class RunNames {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern VERSION_SUFFIX = Pattern.compile("\\.v([0-9]+)$");

  private final String runId;

  public RunNames(String runId) {
    this.runId = runId;
  }

  /** A run id from the time and a random suffix (two runs in one second still differ). */
  public static RunNames fresh(Clock clock) {
    byte[] random = new byte[2];
    ThreadLocalRandom.current().nextBytes(random);
    return new RunNames(
        "bench-"
            + STAMP.format(clock.instant().atZone(ZoneOffset.UTC))
            + "-"
            + HexFormat.of().formatHex(random));
  }

  public String runId() {
    return runId;
  }

  /** Every topic and group of the run starts with this. */
  public String prefix() {
    return runId + "-";
  }

  /** The raw letters topic of {@code phase}. */
  public String rawTopic(String phase) {
    return runId + "-" + phase + "-raw";
  }

  /** Where the pass-through of {@code phase} writes. */
  public String passThroughOutput(String phase) {
    return runId + "-" + phase + "-pass-through-out";
  }

  /** The application id (and consumer group) of {@code app} in {@code phase}. */
  public String applicationId(String phase, String app) {
    return runId + "-" + phase + "-" + app;
  }

  /**
   * The first output version no topic on the cluster uses yet: one more than the highest {@code
   * .vN} suffix, and at least 2 (version 1 is the unversioned names, the live pipeline's).
   */
  public static int firstFreeVersion(Collection<String> topics) {
    int highest = 1;
    for (String topic : topics) {
      Matcher version = VERSION_SUFFIX.matcher(topic);
      if (version.find()) {
        try {
          highest = Math.max(highest, Integer.parseInt(version.group(1)));
        } catch (NumberFormatException tooLarge) {
          // a suffix beyond int cannot be a version the pipeline writes at
        }
      }
    }
    return highest + 1;
  }
}
