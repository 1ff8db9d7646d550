package org.imrstream.runtime;

import com.sun.net.httpserver.HttpHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.imrstream.command.Causes;
import org.imrstream.command.StopSignals;
import org.imrstream.runtime.status.Health;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.runtime.status.StatusServer;
import org.imrstream.runtime.status.StreamsMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application until it is stopped: logs state changes, replaces a stream
 * thread that failed (under exactly-once its tasks resume from their last commit) until failures
 * repeat, and then shuts the client down so that the command exits non-zero and a supervisor
 * restarts it. A close leaves the consumer group at once, so a replacement instance takes over the
 * partitions within seconds rather than after the session timeout.
 *
 * <p>When its properties set {@value HttpSettings#PORT}, it also serves health and metrics over
 * HTTP ({@link StatusServer}) from just before the client starts until just after it closed.
 */
public final class StreamsRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final String name;
  private final ThreadFailurePolicy failures;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final HttpSettings http;
  private StreamsMeters meters;
  private volatile StatusServer status;
  private volatile boolean serving;
  private final AtomicReference<HttpHandler> appHandler = new AtomicReference<>();

  public StreamsRunner(String name, Topology topology, Properties props) {
    this(name, topology, props, ThreadFailurePolicy.defaults());
  }

  public StreamsRunner(
      String name, Topology topology, Properties props, ThreadFailurePolicy failures) {
    this(name, topology, props, failures, null);
  }

  /**
   * A runner whose HTTP server also answers every other path with {@code app}'s handler, made from
   * the Streams client (interactive queries) and this instance's {@code application.server}. The
   * server is bound before the client is created, so that {@code application.server} (unless set)
   * can advertise its actual port to the other instances of the application.
   */
  public StreamsRunner(
      String name,
      Topology topology,
      Properties props,
      ThreadFailurePolicy failures,
      BiFunction<KafkaStreams, String, HttpHandler> app) {
    this.name = name;
    this.failures = failures;
    this.http = HttpSettings.from(props).orElse(null);
    Properties kafka = HttpSettings.without(props);
    if (http != null) {
      status =
          StatusServer.bind(
              http.address(),
              this::health,
              () -> meters == null ? "" : meters.scrape(),
              app == null ? null : exchange -> appHandler.get().handle(exchange));
      if (app != null) {
        kafka.putIfAbsent(
            StreamsConfig.APPLICATION_SERVER_CONFIG, http.advertised(status.address().getPort()));
      }
    }
    this.streams = new KafkaStreams(topology, kafka);
    if (app != null) {
      appHandler.set(
          app.apply(streams, kafka.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "")));
    }
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
    return runUntilStopped(new StreamsRunner(name, topology, props));
  }

  /** The same for a runner made by the caller (e.g. one with an application handler). */
  public static int runUntilStopped(StreamsRunner created) {
    try (StreamsRunner runner = created) {
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

  /**
   * Starts answering on the HTTP server, if one is asked for (its port was bound when the runner
   * was made, which fails with a one-line {@code CommandFailure} when it cannot listen where
   * asked), then the client.
   */
  public synchronized StreamsRunner start() {
    if (status != null) {
      meters = new StreamsMeters(streams);
      status.serve();
      serving = true;
      InetSocketAddress at = status.address();
      LOG.info(
          "{}: health and metrics on http://{}:{} ({}, {}, {})",
          name,
          at.getHostString(),
          at.getPort(),
          StatusServer.LIVE,
          StatusServer.READY,
          StatusServer.METRICS);
    }
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

  /** What the health endpoints report: the client's state, and whether the runner gave up on it. */
  public Health health() {
    return new Health(streams.state(), fatal.get() != null);
  }

  /** Where health and metrics are served, once started, if they are. */
  public Optional<InetSocketAddress> httpAddress() {
    return Optional.ofNullable(serving ? status : null).map(StatusServer::address);
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

  /**
   * Closes the client (a second call waits for the first), then the HTTP server: health answers
   * until the client is closed.
   */
  @Override
  public synchronized void close() {
    LOG.info("{}: closing", name);
    try {
      streams.close(
          CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
              .withTimeout(CLOSE_TIMEOUT));
    } finally {
      if (status != null) {
        status.close();
        status = null;
      }
      if (meters != null) {
        meters.close();
        meters = null;
      }
      if (appHandler.get() instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          LOG.warn("{}: closing its HTTP application failed", name, e);
        }
      }
    }
  }

  /** The application stopped on its own: the command exits non-zero with this message. */
  public static final class StreamsFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamsFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
