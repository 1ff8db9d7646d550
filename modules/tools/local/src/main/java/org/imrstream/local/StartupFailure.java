package org.imrstream.local;

import java.net.BindException;

/**
 * The one line {@code imr local} prints when it cannot start: the reason, without a stack trace.
 */
final class StartupFailure {

  private StartupFailure() {}

  static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // LocalCluster and the registry say which port, in these words.
      if (cause.getMessage() != null
          && cause.getMessage().matches("port \\d+ on 127\\.0\\.0\\.1 is in use")) {
        return cause.getMessage();
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = text(failure);
    if (root != failure && !reason.contains(text(root))) {
      reason += ": " + text(root);
    }
    return root instanceof BindException ? "a port is in use (" + reason + ")" : reason;
  }

  private static String text(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
