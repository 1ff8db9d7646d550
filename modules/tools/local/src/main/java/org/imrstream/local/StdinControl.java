package org.imrstream.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads control lines from standard input and prints their answers, one at a time, in the
 * background. The end of input ends the reading only: CI starts {@code imr local} with standard
 * input at /dev/null, and it must keep running.
 */
final class StdinControl {

  private static final Logger LOG = LoggerFactory.getLogger(StdinControl.class);

  private StdinControl() {}

  static Thread start(InputStream in, ControlCommands commands, StdoutLines out) {
    Thread reader = new Thread(() -> readAll(in, commands, out), "imr-local-stdin");
    reader.setDaemon(true); // blocked in a read, it must not keep the JVM from exiting
    reader.start();
    return reader;
  }

  private static void readAll(InputStream in, ControlCommands commands, StdoutLines out) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          out.line(commands.run(line));
        }
      }
      LOG.debug(
          "standard input ended: no more control lines, still running until SIGTERM or Ctrl-C");
    } catch (IOException e) {
      LOG.debug("standard input failed, no more control lines: {}", e.toString());
    }
  }
}
