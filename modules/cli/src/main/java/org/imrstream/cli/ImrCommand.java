package org.imrstream.cli;

import org.imrstream.common.OneLineFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single entry point: {@code imr <subcommand>}. */
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Streaming ingestion of California workers' compensation IMR determination letters.",
    subcommands = {ParseCommand.class, org.imrstream.generator.GenerateCommand.class,
        org.imrstream.producer.ProduceCommand.class,
        org.imrstream.streams.app.StreamsCommand.class, org.imrstream.sink.SinkCommand.class, org.imrstream.cli.demo.DemoCommand.class,
        org.imrstream.cli.local.LocalCommand.class, CommandLine.HelpCommand.class})
public final class ImrCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    return new CommandLine(new ImrCommand()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new OneLineFailures());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
