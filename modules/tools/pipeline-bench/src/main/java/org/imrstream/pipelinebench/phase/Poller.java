package org.imrstream.pipelinebench.phase;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls one poll step on a thread of its own until closed: a consumer that observes the pipeline
 * while the sender runs. A failure stops it and is thrown again by {@link #close()}.
 */
final class Poller implements AutoCloseable {

  private final Thread thread;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile boolean running = true;

  Poller(String name, Runnable step) {
    thread =
        new Thread(
            () -> {
              try {
                while (running) {
                  step.run();
                }
              } catch (RuntimeException e) {
                failure.set(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Throws the poll's failure, if it had one. */
  void requireHealthy() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
    requireHealthy();
  }
}
