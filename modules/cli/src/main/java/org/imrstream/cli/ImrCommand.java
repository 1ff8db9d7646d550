package org.imrstream.cli;

import org.imrstream.cli.demo.DemoCommand;
import org.imrstream.cli.local.LocalCommand;
import org.imrstream.common.OneLineFailures;
import org.imrstream.common.OneLineUsageErrors;
import org.imrstream.generator.GenerateCommand;
import org.imrstream.producer.ProduceCommand;
import org.imrstream.sink.SinkCommand;
import org.imrstream.streams.app.StreamsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single entry point: {@code imr <subcommand>}. */
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Streaming ingestion of California workers' compensation IMR determination letters.",
    subcommands = {ParseCommand.class, GenerateCommand.class,
        ProduceCommand.class,
        StreamsCommand.class, SinkCommand.class, DemoCommand.class,
        LocalCommand.class, CommandLine.HelpCommand.class})
public final class ImrCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    return new CommandLine(new ImrCommand()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new OneLineFailures())
        .setParameterExceptionHandler(new OneLineUsageErrors());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
