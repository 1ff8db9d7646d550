package org.imrstream.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.imrstream.command.Causes;
import org.imrstream.command.StopSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application until it is stopped: logs state changes, replaces a stream
 * thread that failed (under exactly-once its tasks resume from their last commit) until failures
 * repeat, and then shuts the client down so that the command exits non-zero and a supervisor
 * restarts it. A close leaves the consumer group at once, so a replacement instance takes over the
 * partitions within seconds rather than after the session timeout.
 */
public final class StreamsRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final String name;
  private final ThreadFailurePolicy failures;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();

  public StreamsRunner(String name, Topology topology, Properties props) {
    this(name, topology, props, ThreadFailurePolicy.defaults());
  }

  public StreamsRunner(
      String name, Topology topology, Properties props, ThreadFailurePolicy failures) {
    this.name = name;
    this.failures = failures;
    this.streams = new KafkaStreams(topology, props);
    streams.setStateListener(
        (now, before) -> {
          LOG.info("{}: {} -> {}", name, before, now);
          if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
          }
        });
    streams.setUncaughtExceptionHandler(this::onThreadFailure);
  }

  private StreamThreadExceptionResponse onThreadFailure(Throwable error) {
    if (failures.replaceAfter(error, System.currentTimeMillis())) {
      LOG.error(
          "{}: a stream thread failed; replacing it (its tasks resume from their last commit)",
          name,
          error);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
    LOG.error("{}: a stream thread failed again; shutting down", name, error);
    fatal.compareAndSet(null, error);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  /**
   * Runs an application until the user stops it (SIGTERM, Ctrl-C, or an interrupt of the calling
   * thread) or it fails, closing it cleanly either way.
   *
   * @return the command's exit status: 0 after the user's stop, 1 after a failure
   * @throws StreamsFailure when the application stopped on its own, with the reason as one line
   */
  public static int runUntilStopped(String name, Topology topology, Properties props) {
    try (StreamsRunner runner = new StreamsRunner(name, topology, props)) {
      StopSignals.Registration stop = StopSignals.onStop(runner::close);
      try {
        runner.start().awaitStop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      } finally {
        stop.close();
      }
      runner.failIfStoppedOnItsOwn();
      return 0;
    }
  }

  public StreamsRunner start() {
    streams.start();
    return this;
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Blocks until the application stops (closed, or failed). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  public boolean isRunning() {
    return streams.state().isRunningOrRebalancing();
  }

  /** Throws when the application ended in error, or stopped without being closed. */
  void failIfStoppedOnItsOwn() {
    Throwable error = fatal.get();
    if (error != null || streams.state() == KafkaStreams.State.ERROR) {
      throw new StreamsFailure(name + " stopped after an error: " + describe(error), error);
    }
  }

  private static String describe(Throwable error) {
    if (error == null) {
      return "see the log";
    }
    Throwable root = Causes.root(error);
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == error ? message : error.getClass().getSimpleName() + ": " + message;
  }

  @Override
  public void close() {
    LOG.info("{}: closing", name);
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(CLOSE_TIMEOUT));
  }

  /** The application stopped on its own: the command exits non-zero with this message. */
  public static final class StreamsFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamsFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
