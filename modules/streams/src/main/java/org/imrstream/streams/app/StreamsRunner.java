package org.imrstream.streams.app;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application until it is closed: logs state changes, and shuts the client down on an
 * uncaught error (under exactly-once, a restarted instance resumes from the last committed transaction).
 */
public final class StreamsRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final String name;
  private final CountDownLatch stopped = new CountDownLatch(1);

  public StreamsRunner(String name, Topology topology, Properties props) {
    this.name = name;
    this.streams = new KafkaStreams(topology, props);
    streams.setStateListener((now, before) -> {
      LOG.info("{}: {} -> {}", name, before, now);
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("{}: stream thread failed, shutting the client down", name, e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  /** Runs an application until it stops or the JVM is asked to exit (Ctrl-C), closing it cleanly either way. */
  public static void runUntilStopped(String name, Topology topology, Properties props) throws InterruptedException {
    try (StreamsRunner runner = new StreamsRunner(name, topology, props)) {
      Runtime.getRuntime().addShutdownHook(new Thread(runner::close, name + "-shutdown"));
      runner.start().awaitStop();
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

  @Override
  public void close() {
    LOG.info("{}: closing", name);
    streams.close(CLOSE_TIMEOUT);
  }
}
