package org.imrstream.pipelinebench.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long the all-time counts take to reflect each letter of a steady stream. The counts carry no
 * letter ids, so a letter counts as reflected once the counts' total has grown by the decisions of
 * every letter acknowledged up to and including it: letter {@code i} (in acknowledgement order) is
 * reflected at the first sample where {@code total - base >= sum of decisions of letters 1..i}.
 * This is exact when letters are counted in the order they were acknowledged, and otherwise
 * attributes a later letter's count to an earlier one (the lag of individual letters can then be
 * off, not the lag of the backlog as a whole).
 */
public final class CountsLag {

  /** A letter as the raw topic took it: when the broker acknowledged it, and its decisions. */
  public record Acked(long ackNanos, int decisions) {}

  /** The counts' total (all guidelines) as read at one moment. */
  public record Sample(long atNanos, long total) {}

  /**
   * @param lags one duration per reflected letter
   * @param unreflected letters the counts never reflected within the samples
   */
  public record Result(LatencyDistribution lags, int unreflected) {}

  private CountsLag() {}

  /**
   * @param letters the stream's acknowledged letters, in any order
   * @param base the counts' total before the stream began
   * @param samples the counts' total as it grew, in time order
   */
  public static Result of(List<Acked> letters, long base, List<Sample> samples) {
    List<Acked> byAck = new ArrayList<>(letters);
    byAck.sort(Comparator.comparingLong(Acked::ackNanos));
    LatencyDistribution lags = new LatencyDistribution();
    long cumulative = 0;
    int sample = 0; // samples before it are below every threshold still to come
    int unreflected = 0;
    for (Acked letter : byAck) {
      cumulative += letter.decisions();
      while (sample < samples.size() && samples.get(sample).total() - base < cumulative) {
        sample++;
      }
      if (sample == samples.size()) {
        unreflected++;
        continue;
      }
      lags.recordNanos(samples.get(sample).atNanos() - letter.ackNanos());
    }
    return new Result(lags, unreflected);
  }
}
