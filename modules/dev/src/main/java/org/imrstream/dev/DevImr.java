package org.imrstream.dev;

import org.imrstream.cli.ImrCommand;
import org.imrstream.generator.GenerateCommand;
import org.imrstream.local.LocalCommand;
import org.imrstream.local.demo.DemoCommand;
import org.imrstream.pipelinebench.BenchCommand;
import picocli.CommandLine;

/**
 * {@code imr} on a developer's machine, as {@code ./imr} runs it: the production command with the
 * tools added, so one command line offers {@code local} (brokers and a registry on loopback),
 * {@code demo}, {@code generate} and {@code bench} next to {@code produce}, {@code streams} and
 * {@code sink}. The tools live outside the production artifact because they carry Kafka's broker
 * (and Scala); see docs/ARCHITECTURE.md.
 */
public final class DevImr {

  /**
   * Logback configuration of the tools: it also quiets what in-process brokers log in normal
   * operation.
   */
  static final String LOGGING = "logback-local.xml";

  private DevImr() {}

  public static CommandLine commandLine() {
    CommandLine imr = ImrCommand.commandLine();
    imr.addSubcommand(new LocalCommand());
    imr.addSubcommand(new DemoCommand());
    imr.addSubcommand(new GenerateCommand());
    imr.addSubcommand(new BenchCommand());
    return imr;
  }

  public static void main(String[] args) {
    // Before the first logger: Logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGGING);
    }
    System.exit(commandLine().execute(args));
  }
}
