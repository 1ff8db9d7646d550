package org.imrstream.local;

import java.io.PrintWriter;

/**
 * Standard output of {@code imr local}: whole lines, each flushed at once, from any thread. A
 * script reads the addresses and the answers to its control lines from here as they happen, so
 * nothing may wait in a buffer.
 */
final class StdoutLines {

  private final PrintWriter out;

  StdoutLines(PrintWriter out) {
    this.out = out;
  }

  synchronized void line(String text) {
    out.println(text);
    out.flush();
  }
}
