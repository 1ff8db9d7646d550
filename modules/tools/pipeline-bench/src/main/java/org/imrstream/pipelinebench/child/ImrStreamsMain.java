package org.imrstream.pipelinebench.child;

import org.imrstream.command.OneLineFailures;
import org.imrstream.pipeline.app.StreamsCommand;
import picocli.CommandLine;

/**
 * {@code imr streams} in a JVM of its own: the production {@link StreamsCommand} with the
 * production failure handling, so the pipeline the benchmark measures is the one users run. It
 * lives here rather than going through {@code imr}'s own main because the benchmark's tests run on
 * this module's class path, which has the pipeline but not the {@code imr} command.
 */
public final class ImrStreamsMain {

  private ImrStreamsMain() {}

  /** {@code args}: the options of {@code imr streams}. */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new StreamsCommand())
            .setExecutionExceptionHandler(new OneLineFailures())
            .execute(args));
  }
}
