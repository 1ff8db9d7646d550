package org.imrstream.local.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** Whether a port is served on 127.0.0.1 and on no other address. */
final class LoopbackAssertions {

  private LoopbackAssertions() {}

  /**
   * Binding another loopback address (127.0.0.2) on the same port only works when the server bound
   * 127.0.0.1 alone: a wildcard listener (*:port) holds the port on every address, 127.0.0.2 and
   * the network's included.
   */
  static void assertListensOnLoopbackOnly(int port) throws IOException {
    InetAddress otherLoopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
    Assumptions.assumeTrue(canBind(otherLoopback, 0), "this system cannot bind 127.0.0.2");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(LoopbackPorts.ADDRESS, port), 5_000);
      assertThat(socket.isConnected()).as("port %d is served on 127.0.0.1", port).isTrue();
    }
    assertThat(canBind(otherLoopback, port)).as("port %d is free on 127.0.0.2", port).isTrue();
  }

  private static boolean canBind(InetAddress address, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, address)) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }
}
