package org.imrstream.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How a command that fails tells the user: one line on stderr, {@code imr <command>: <what went
 * wrong>}, and exit status 1. The stack trace goes to the log at debug level only: for a user's
 * mistake (a bad config file or value, a cluster that cannot be reached, a topic that would delete
 * data) it says nothing the line does not.
 */
public final class OneLineFailures implements IExecutionExceptionHandler {

  public static final int FAILED = 1;
  private static final Logger LOG = LoggerFactory.getLogger(OneLineFailures.class);

  @Override
  public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + describe(error));
    command.getErr().flush();
    LOG.debug("{} failed", command.getCommandSpec().qualifiedName(), error);
    return FAILED;
  }

  /** The message of the error, or of its first cause that has one, on one line. */
  public static String describe(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e.getMessage() != null && !e.getMessage().isBlank()) {
        String line = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return e == error
                || e instanceof RuntimeException
                    && e.getClass().getName().startsWith("org.imrstream")
            ? line
            : e.getClass().getSimpleName() + ": " + line;
      }
    }
    return error.getClass().getSimpleName();
  }
}
