package org.imrstream.cli;

import org.imrstream.command.OneLineFailures;
import org.imrstream.command.OneLineUsageErrors;
import org.imrstream.pipeline.app.ReplayCommand;
import org.imrstream.pipeline.app.StreamsCommand;
import org.imrstream.producer.ProduceCommand;
import org.imrstream.sink.SinkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single entry point: {@code imr <subcommand>}. This is the production command (the apps and
 * the parser); a developer's {@code ./imr} runs {@code DevImr}, which adds the tools ({@code
 * local}, {@code demo}, {@code generate}) to this same command line.
 */
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Streaming ingestion of California workers' compensation IMR determination letters.",
    subcommands = {
      ParseCommand.class,
      ProduceCommand.class,
      StreamsCommand.class,
      ReplayCommand.class,
      SinkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ImrCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    return new CommandLine(new ImrCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new OneLineFailures())
        .setParameterExceptionHandler(new OneLineUsageErrors());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
