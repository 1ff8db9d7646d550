package org.imrstream.pipelinebench.phase;

import org.imrstream.pipelinebench.measure.Percentiles;

/**
 * One steady rate: letters published at a fixed rate for a while to a running pipeline.
 *
 * @param targetPerSecond the rate asked for, letters/s
 * @param sent letters sent
 * @param achievedPerSecond the rate the sends kept: (sent - 1) / (last send - first send)
 * @param maxBehindMs the most the sender fell behind the schedule before a send
 * @param failedSends letters the broker did not acknowledge
 * @param endToEnd from a letter's send to its decisions being readable (read_committed)
 * @param undecided letters whose decisions never became readable before the drain ended
 * @param countsLag from a letter's acknowledgement until the all-time counts reflected it (see
 *     CountsLag)
 * @param unreflected letters the counts never reflected before the drain ended
 * @param backlogAtEnd letters sent whose decisions were not yet readable when the last was sent
 * @param drainSeconds from the last send until every decision was readable and counted (or the
 *     drain gave up)
 * @param drained whether that happened within the drain timeout
 * @param sustained the verdict: see {@link #isSustained}
 */
public record RateResult(
    double targetPerSecond,
    double seconds,
    int sent,
    double achievedPerSecond,
    double maxBehindMs,
    int failedSends,
    Percentiles endToEnd,
    int undecided,
    Percentiles countsLag,
    int unreflected,
    int backlogAtEnd,
    double drainSeconds,
    boolean drained,
    boolean sustained) {

  /** The sender kept at least this share of the rate asked for. */
  public static final double RATE_KEPT = 0.97;

  /** Longest drain after the last send for a rate to count as sustained. */
  public static final double MAX_DRAIN_SECONDS = 5;

  /**
   * A rate is sustained when the sender kept it, every letter was acknowledged, and the pipeline
   * was close behind when sending stopped: everything decided and counted within {@value
   * #MAX_DRAIN_SECONDS} s of the last send. A pipeline slower than the rate builds a backlog that
   * grows with the run, and its drain with it.
   */
  public static boolean isSustained(
      double target, double achieved, int failedSends, boolean drained, double drainSeconds) {
    return achieved >= RATE_KEPT * target
        && failedSends == 0
        && drained
        && drainSeconds <= MAX_DRAIN_SECONDS;
  }
}
