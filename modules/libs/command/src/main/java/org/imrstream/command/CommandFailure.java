package org.imrstream.command;

/**
 * A failure the user can act on (a topic that would delete data, a cluster that cannot be reached,
 * a bad setting): the command prints its message as one line on stderr, without a stack trace, and
 * exits non-zero.
 */
public class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
