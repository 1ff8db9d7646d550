package org.imrstream.command;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line (unknown option, bad value, missing argument) is one line on stderr
 * that names it and where to read more, and exit status 2, instead of the whole usage text around
 * it.
 */
public final class OneLineUsageErrors implements IParameterExceptionHandler {

  public static final int USAGE = 2;

  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    err.println(name + ": " + OneLineFailures.describe(error) + " (see '" + name + " --help')");
    err.flush();
    return USAGE;
  }
}
