package org.imrstream.pipelinebench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What one {@code imr bench} run does, from its options.
 *
 * @param bootstrapServers a running cluster, or null to start one for the run
 * @param userConfig the user's client settings ({@code --config}), for every client and child
 * @param phases which phases run: produce, text, pdf, steady
 * @param workDir null: a temporary folder, deleted afterwards unless {@code keep}
 * @param keep keep the work folder and, on a running cluster, the run's topics
 */
public record BenchSettings(
    String bootstrapServers,
    String registryUrl,
    Properties userConfig,
    Duration clusterTimeout,
    Duration phaseTimeout,
    int letters,
    int pdfLetters,
    List<Double> rates,
    double steadySeconds,
    double warmupSeconds,
    int partitions,
    short replicationFactor,
    List<String> childJvmOptions,
    Path corpus,
    Path json,
    Path workDir,
    boolean keep,
    Set<String> phases,
    long seed) {

  public static final String PRODUCE = "produce";
  public static final String TEXT = "text";
  public static final String PDF = "pdf";
  public static final String STEADY = "steady";
  public static final List<String> ALL_PHASES = List.of(PRODUCE, TEXT, PDF, STEADY);

  public boolean runs(String phase) {
    return phases.contains(phase);
  }

  /** The child JVMs' heap limit as given ({@code -Xmx256m}), or "default heap". */
  public String childHeap() {
    return childJvmOptions.stream()
        .filter(o -> o.startsWith("-Xmx"))
        .reduce((first, last) -> last)
        .orElse("default heap");
  }
}
