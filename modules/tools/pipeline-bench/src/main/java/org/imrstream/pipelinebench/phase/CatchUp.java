package org.imrstream.pipelinebench.phase;

import java.time.Duration;
import java.util.List;
import org.imrstream.command.CommandFailure;
import org.imrstream.pipelinebench.child.ChildJvm;
import org.imrstream.pipelinebench.observe.CountsReader;

/**
 * Watches a Streams app work through a phase's preloaded letters: when its group's committed
 * offsets reach the end of every topic it reads, and (for the pipeline) when the all-time counts
 * add up to the decisions expected. Fails, with what it saw, when the app dies, when it takes
 * longer than the phase timeout, or when the counts stay short after everything was committed.
 */
final class CatchUp {

  /** How often the group's committed offsets are compared with the topics' ends. */
  private static final Duration LAG_CHECK = Duration.ofMillis(200);

  /**
   * Once everything is committed the counts are final too, up to a consumer's fetch; counts still
   * short after this long will stay short (letters dead-lettered, a parser that disagrees).
   */
  private static final Duration COUNTS_SETTLE = Duration.ofSeconds(30);

  /** The topics whose committed offsets must reach their end. */
  @FunctionalInterface
  interface Sources {
    List<String> topics() throws Exception;
  }

  /**
   * @param caughtUpNanos when everything was committed ({@link System#nanoTime()})
   * @param countsHalfNanos when the counts reached half the decisions; 0 without counts
   * @param countsFinalNanos when the counts added up; 0 without counts
   * @param countsTotal the counts' total at the end; -1 without counts
   */
  record Times(long caughtUpNanos, long countsHalfNanos, long countsFinalNanos, long countsTotal) {}

  private final BenchContext context;
  private final ChildJvm child;
  private final String applicationId;
  private final Sources sources;
  private final CountsReader counts;
  private final long expectedDecisions;

  /**
   * @param counts the pipeline's all-time counts, or null for an app that counts nothing
   */
  CatchUp(
      BenchContext context,
      ChildJvm child,
      String applicationId,
      Sources sources,
      CountsReader counts,
      long expectedDecisions) {
    this.context = context;
    this.child = child;
    this.applicationId = applicationId;
    this.sources = sources;
    this.counts = counts;
    this.expectedDecisions = expectedDecisions;
  }

  Times await(long readyNanos) throws Exception {
    long deadline = readyNanos + context.phaseTimeout().toNanos();
    long caughtUp = 0;
    long countsHalf = 0;
    long countsFinal = 0;
    long nextCheck = readyNanos;
    long lag = -1;
    while (caughtUp == 0 || counts != null && countsFinal == 0) {
      if (counts != null) {
        counts.poll(Duration.ofMillis(100));
      } else {
        Thread.sleep(100);
      }
      child.requireAlive();
      long now = System.nanoTime();
      if (caughtUp == 0 && now >= nextCheck) {
        lag = context.probe().lag(applicationId, sources.topics());
        nextCheck = now + LAG_CHECK.toNanos();
        if (lag == 0) {
          caughtUp = now;
        }
      }
      if (counts != null && countsHalf == 0 && 2 * counts.total() >= expectedDecisions) {
        countsHalf = now;
      }
      if (counts != null && countsFinal == 0 && counts.total() >= expectedDecisions) {
        countsFinal = now;
      }
      if (counts != null
          && countsFinal == 0
          && caughtUp != 0
          && now - caughtUp > COUNTS_SETTLE.toNanos()) {
        throw failure("every letter committed, but the counts stopped short");
      }
      if (now > deadline) {
        throw failure(
            "not done within "
                + context.phaseTimeout()
                + " (--phase-timeout): "
                + (caughtUp == 0 ? lag + " records not committed yet" : "every letter committed"));
      }
    }
    return new Times(caughtUp, countsHalf, countsFinal, counts == null ? -1 : counts.total());
  }

  private CommandFailure failure(String what) {
    return new CommandFailure(
        child.name()
            + ": "
            + what
            + (counts == null ? "" : "; counts at " + counts.total() + " of " + expectedDecisions)
            + child.failureContext());
  }
}
