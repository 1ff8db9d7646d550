package org.imrstream.pipelinebench.child;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads samples out of a Prometheus text scrape ({@code name{label="value",...} 1.5E7}), enough to
 * follow a few gauges of a child's {@code /metrics}: no escapes in label values are needed for the
 * metrics read here.
 */
public final class PrometheusText {

  private PrometheusText() {}

  /**
   * The values of every sample of {@code metric} whose labels include each of {@code labels}
   * ({@code area="heap"}); NaN values are left out.
   */
  public static List<Double> values(String scrape, String metric, String... labels) {
    List<Double> values = new ArrayList<>();
    for (String line : scrape.split("\n")) {
      if (line.isEmpty() || line.charAt(0) == '#' || !line.startsWith(metric)) {
        continue;
      }
      int nameEnd = metric.length();
      if (nameEnd < line.length() && line.charAt(nameEnd) != '{' && line.charAt(nameEnd) != ' ') {
        continue; // another metric that merely starts with this name
      }
      int labelsEnd = line.indexOf('}', nameEnd);
      String labelText =
          line.charAt(nameEnd) == '{' && labelsEnd > 0 ? line.substring(nameEnd, labelsEnd) : "";
      if (!hasAll(labelText, labels)) {
        continue;
      }
      String rest = line.substring(labelsEnd > 0 ? labelsEnd + 1 : nameEnd).trim();
      String number = rest.split(" ")[0]; // a timestamp may follow the value
      try {
        double value = Double.parseDouble(number);
        if (!Double.isNaN(value)) {
          values.add(value);
        }
      } catch (NumberFormatException notASample) {
        // not a sample line
      }
    }
    return values;
  }

  /** The sum of {@link #values}, empty when there is no sample. */
  public static OptionalDouble sum(String scrape, String metric, String... labels) {
    List<Double> values = values(scrape, metric, labels);
    return values.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(values.stream().mapToDouble(Double::doubleValue).sum());
  }

  /** The mean of {@link #values}, empty when there is no sample. */
  public static OptionalDouble mean(String scrape, String metric, String... labels) {
    return values(scrape, metric, labels).stream().mapToDouble(Double::doubleValue).average();
  }

  private static boolean hasAll(String labelText, String... labels) {
    for (String label : labels) {
      if (!labelText.contains(label)) {
        return false;
      }
    }
    return true;
  }
}
