package org.imrstream.pipeline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.cluster.ClusterAdmin;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.command.CommandFailure;
import org.imrstream.pipeline.PipelineSettings;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.topics.TopicNames;
import org.imrstream.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imr replay}: resets the topology's application so that the next {@code imr streams}
 * reprocesses the raw letters in place (Kafka's StreamsResetter, through the Admin API, plus the
 * local state).
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Prepares a replay of history in place: the next imr streams of the application reads the raw"
          + " letters again from the beginning (or --to-datetime) with empty state, and rewrites the"
          + " same keys of the decisions and counts topics.",
      "Refuses while the application's consumer group has active members (stop every imr streams"
          + " of it first). Then resets the group's offsets of "
          + Topics.RAW_LETTERS
          + ", deletes the application's internal topics (<application-id>-...-repartition and"
          + " -changelog: the letter versions, the all-time and daily counts) and its"
          + " local state directory (<state-dir>/<application-id>), and prints what it did."
          + " Output topics are left as they are.",
      "Exit status: 0 when done (or planned, with --dry-run), 1 when it refused or failed."
    })
public final class ReplayCommand implements Callable<Integer> {

  // The cluster options of every command, and imr streams' --application-id and --state-dir,
  // resolved as imr streams resolves them (StreamsSettings.forCommand, the config file included).
  // Not StreamsAppOptions itself: its HTTP server options mean nothing to a command that exits.
  @Mixin ClusterOptions cluster;

  @Option(
      names = "--application-id",
      description =
          "The Kafka Streams application id of the imr streams to reset (default: "
              + PipelineSettings.DEFAULT_APPLICATION_ID
              + ").")
  String applicationId;

  @Option(
      names = "--state-dir",
      description =
          "The state folder imr streams runs with (default: Kafka Streams' default); its"
              + " <application-id> folder is deleted.")
  Path stateDirOption;

  @Option(
      names = "--to-datetime",
      paramLabel = "DATETIME",
      converter = DateTimeConverter.class,
      description =
          "Reprocess from the first raw letter published at or after DATETIME (ISO-8601:"
              + " 2024-03-01T00:00:00Z, an offset, or a date as midnight UTC) instead of from the"
              + " beginning. The state is rebuilt from there only: the counts then cover those"
              + " letters alone.")
  Instant toDatetime;

  @Option(names = "--dry-run", description = "Print what would be done; change nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Properties props = properties();
    String application = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    if (!application.matches("[A-Za-z0-9._-]+") || application.matches("\\.+")) {
      // It names topics and the folder this command deletes: nothing that could leave the state
      // dir.
      throw new CommandFailure(
          "application id '" + application + "' is not one Kafka Streams can run with");
    }
    Path stateDir = stateDir(props).resolve(application);
    PrintWriter out = spec.commandLine().getOut();
    try (ClusterAdmin admin = ClusterAdmin.connect(props, cluster.timeout())) {
      ApplicationReset reset = new ApplicationReset(admin.admin(), admin.timeout());
      ApplicationReset.Plan plan =
          reset.plan(application, TopicNames.from(props).rawLetters(), toDatetime, stateDir);
      out.println("application " + application + ": " + plan.group());
      if (dryRun) {
        ApplicationReset.describe(plan).forEach(out::println);
        out.println("dry run: nothing changed");
      } else {
        out.flush();
        reset.apply(plan, out);
        out.println(
            "ready: the next imr streams of application "
                + application
                + " reprocesses "
                + plan.recordsToReprocess()
                + " raw letter record(s)");
      }
      out.flush();
    }
    return 0;
  }

  /** The settings imr streams would run with, given the same options. */
  Properties properties() {
    return StreamsSettings.forCommand(
        applicationId != null ? applicationId : PipelineSettings.DEFAULT_APPLICATION_ID,
        ClusterOptions.asMap(cluster.properties()),
        stateDirOption);
  }

  /** The state directory Kafka Streams uses with these settings ({@code state.dir}). */
  static Path stateDir(Properties props) {
    Object dir = props.get(StreamsConfig.STATE_DIR_CONFIG);
    if (dir == null) {
      dir = StreamsConfig.configDef().defaultValues().get(StreamsConfig.STATE_DIR_CONFIG);
    }
    return Path.of(dir.toString());
  }
}
