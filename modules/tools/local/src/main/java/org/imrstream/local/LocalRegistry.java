package org.imrstream.local;

import java.io.IOException;
import java.nio.file.Path;
import org.imrstream.local.registry.FileBackedSchemaRegistry;
import org.imrstream.local.registry.RegistryHttpServer;

/**
 * The schema registry of {@code imr local}: the Confluent REST API on 127.0.0.1 at a fixed port,
 * its registrations in a file, so that a restart (of the process, or by {@code stop-registry} /
 * {@code start-registry}) serves the same ids on the same address.
 */
final class LocalRegistry implements AutoCloseable {

  private final Path file;
  private final int port;
  private FileBackedSchemaRegistry store;
  private RegistryHttpServer server;

  LocalRegistry(Path file, int port) {
    this.file = file;
    this.port = port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  synchronized boolean running() {
    return server != null;
  }

  /** Loads the file and starts serving; fails with a BindException when the port is taken. */
  synchronized void start() throws IOException {
    if (running()) {
      throw new IllegalStateException("the registry is already running");
    }
    FileBackedSchemaRegistry opened = FileBackedSchemaRegistry.open(file);
    try {
      server = RegistryHttpServer.start(opened.registry(), port, null);
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
    store = opened;
  }

  /** Stops serving (the port is free again) and closes the file. */
  synchronized void stop() {
    if (!running()) {
      throw new IllegalStateException("the registry is not running");
    }
    try {
      server.close();
    } finally {
      server = null;
      store.close();
      store = null;
    }
  }

  @Override
  public synchronized void close() {
    if (running()) {
      stop();
    }
  }
}
