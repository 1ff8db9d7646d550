package org.imrstream.local.cluster;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Collection;

/** TCP ports on 127.0.0.1: whether they are free, and finding free ones. */
public final class LoopbackPorts {

  /**
   * 127.0.0.1 itself rather than {@code InetAddress.getLoopbackAddress()}, which is ::1 when the
   * JVM prefers IPv6: the printed addresses say 127.0.0.1, so that is what must be bound.
   */
  public static final InetAddress ADDRESS = ipv4Loopback();

  private static final int ATTEMPTS = 50;

  private LoopbackPorts() {}

  /**
   * Fails with a message fit for a person ({@code port 9092 on 127.0.0.1 is in use}) when one of
   * {@code ports} cannot be bound. Checking first turns a clash into one clear line instead of a
   * half-started cluster.
   */
  public static void requireFree(Collection<Integer> ports) throws BindException {
    for (int port : ports) {
      if (!isFree(port)) {
        throw inUse(port);
      }
    }
  }

  /** The exception {@link #requireFree} throws, for callers that hit the clash themselves. */
  public static BindException inUse(int port) {
    return new BindException("port " + port + " on 127.0.0.1 is in use");
  }

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(
          true); // as Kafka's and the JDK's server sockets do: TIME_WAIT leftovers do not count
      socket.bind(new InetSocketAddress(ADDRESS, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The first of {@code count} consecutive ports that are free right now. Another process may take
   * one before the caller binds it: callers retry on a {@link BindException}.
   */
  public static int freeBlock(int count) throws BindException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int first = anyFreePort();
      boolean allFree = first + count - 1 <= 65535;
      for (int i = 1; i < count && allFree; i++) {
        allFree = isFree(first + i);
      }
      if (allFree) {
        return first;
      }
    }
    throw new BindException("found no " + count + " consecutive free ports on 127.0.0.1");
  }

  private static int anyFreePort() throws BindException {
    try (ServerSocket socket = new ServerSocket(0, 1, ADDRESS)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      BindException failure = new BindException("no free port on 127.0.0.1");
      failure.initCause(e);
      throw failure;
    }
  }

  private static InetAddress ipv4Loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 bytes are a valid IPv4 address", e);
    }
  }
}
