package org.imrstream.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control lines {@code imr local} reads on standard input, for fault drills and tests: {@code
 * stop-broker I}, {@code start-broker I} (I is 0-based: broker I serves on port + I), {@code
 * stop-registry}, {@code start-registry}. Each gets one answer line: {@code ok <command>} once
 * done, or {@code error <command>: <reason>}.
 */
final class ControlCommands {

  static final String USAGE = "stop-broker I, start-broker I, stop-registry, start-registry";

  private static final Logger LOG = LoggerFactory.getLogger(ControlCommands.class);

  private final LocalControls controls;

  ControlCommands(LocalControls controls) {
    this.controls = controls;
  }

  /** Runs one control line and returns its answer; never throws. */
  String run(String line) {
    String[] words = line.trim().split("\\s+");
    String command = String.join(" ", words);
    try {
      switch (words[0]) {
        case "stop-broker" -> controls.stopBroker(broker(words));
        case "start-broker" -> controls.startBroker(broker(words));
        case "stop-registry" -> {
          noArguments(words);
          controls.stopRegistry();
        }
        case "start-registry" -> {
          noArguments(words);
          controls.startRegistry();
        }
        default -> throw new IllegalArgumentException("unknown command, expected one of: " + USAGE);
      }
      LOG.info("control: {} done", command);
      return "ok " + command;
    } catch (Exception e) {
      LOG.debug("control: {} failed", command, e);
      return "error " + command + ": " + reason(e);
    }
  }

  private static int broker(String[] words) {
    if (words.length != 2) {
      throw new IllegalArgumentException(
          "expected " + words[0] + " I, with I the broker's number (0-based)");
    }
    try {
      return Integer.parseInt(words[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + words[1] + "' is not a broker number", e);
    }
  }

  private static void noArguments(String[] words) {
    if (words.length != 1) {
      throw new IllegalArgumentException(words[0] + " takes no arguments");
    }
  }

  /** One line, whatever the exception's message holds. */
  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
