package org.imrstream.pipelinebench.phase;

import org.imrstream.pipelinebench.child.ChildUsage;

/**
 * One Streams app processing a phase's preloaded letters, timed from the moment its client is
 * RUNNING (after the JVM started, joined the group and restored its state).
 *
 * @param app "pass-through" or "pipeline"
 * @param startupSeconds from starting the JVM until the client was RUNNING
 * @param caughtUpSeconds from RUNNING until the group's committed offsets reached the end of the
 *     raw topic and of every repartition topic of the application: every letter processed and
 *     committed
 * @param countsHalfSeconds from RUNNING until the all-time counts held half the workload's
 *     decisions; NaN for the pass-through
 * @param countsFinalSeconds from RUNNING until the all-time counts (read_committed) added up to the
 *     workload's decisions; NaN for the pass-through
 * @param countsTotal the all-time counts' total when the run ended (-1 for the pass-through)
 * @param exitStatus the child's status after SIGTERM (0: a clean stop)
 */
public record StreamsRun(
    String app,
    String applicationId,
    int letters,
    long bytes,
    double startupSeconds,
    double caughtUpSeconds,
    double countsHalfSeconds,
    double countsFinalSeconds,
    long countsTotal,
    ChildUsage usage,
    int exitStatus) {

  public double lettersPerSecond() {
    return letters / caughtUpSeconds;
  }

  public double megabytesPerSecond() {
    return bytes / 1e6 / caughtUpSeconds;
  }
}
