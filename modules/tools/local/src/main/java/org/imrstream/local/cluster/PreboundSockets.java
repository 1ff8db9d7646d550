package org.imrstream.local.cluster;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.server.ServerSocketFactory;

/**
 * A node's listening sockets, bound on 127.0.0.1 before the node starts and handed to Kafka when it
 * opens its listeners. A broker opens its client listener only at the end of its startup, seconds
 * after the controllers began connecting to one another; each of those connections takes an
 * ephemeral port, and a fixed port in the ephemeral range (as tests choose) could be taken in
 * between. Holding the port from the start rules that out, and makes the {@code port ... is in use}
 * check exact.
 */
final class PreboundSockets implements ServerSocketFactory, AutoCloseable {

  /** Kafka's default {@code socket.listen.backlog.size}. */
  private static final int BACKLOG = 50;

  private final Map<Integer, ServerSocketChannel> held = new HashMap<>();

  private PreboundSockets() {}

  /**
   * Binds every one of {@code ports} on 127.0.0.1, or none: fails with {@code port N on 127.0.0.1
   * is in use}.
   */
  static PreboundSockets bind(Collection<Integer> ports) throws IOException {
    PreboundSockets sockets = new PreboundSockets();
    try {
      for (int port : ports) {
        sockets.held.put(port, listen(port));
      }
      return sockets;
    } catch (IOException | RuntimeException e) {
      sockets.close();
      throw e;
    }
  }

  /**
   * Kafka's own socket opening, except that a port held here is handed over instead of bound anew.
   */
  @Override
  public synchronized ServerSocketChannel openServerSocket(
      String listenerName, InetSocketAddress address, int listenBacklogSize, int recvBufferSize)
      throws IOException {
    ServerSocketChannel channel =
        LoopbackPorts.ADDRESS.equals(address.getAddress()) ? held.remove(address.getPort()) : null;
    if (channel == null) {
      return ServerSocketFactory.INSTANCE.openServerSocket(
          listenerName, address, listenBacklogSize, recvBufferSize);
    }
    if (recvBufferSize != -1) {
      channel.socket().setReceiveBufferSize(recvBufferSize);
    }
    return channel;
  }

  /** Closes the sockets Kafka did not take (a node that failed to start). */
  @Override
  public synchronized void close() {
    for (ServerSocketChannel channel : held.values()) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing a listening socket that never served: nothing to lose
      }
    }
    held.clear();
  }

  private static ServerSocketChannel listen(int port) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.configureBlocking(false); // as Kafka's acceptor expects
      channel.socket().setReuseAddress(true);
      channel.socket().bind(new InetSocketAddress(LoopbackPorts.ADDRESS, port), BACKLOG);
      return channel;
    } catch (BindException e) {
      channel.close();
      BindException inUse = LoopbackPorts.inUse(port);
      inUse.initCause(e);
      throw inUse;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
