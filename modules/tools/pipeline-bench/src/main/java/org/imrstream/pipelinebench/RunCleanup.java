package org.imrstream.pipelinebench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.imrstream.command.OneLineFailures;

/**
 * Removes what a run made on a cluster it did not start: its topics (raw letters, pass-through
 * outputs, the applications' internal topics, all named after the run), the pipeline's outputs at
 * the run's versions, and the applications' consumer groups. A cluster the run started goes away
 * with it, so nothing is removed there. Best effort: a failure is reported, never thrown.
 */
final class RunCleanup {

  private final Admin admin;
  private final Duration timeout;

  RunCleanup(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * @param prefix every topic and group the run named starts with it
   * @param versionSuffixes {@code .v7}, ...: the output versions the run wrote at
   */
  void remove(String prefix, List<String> versionSuffixes, PrintWriter err) {
    try {
      List<String> topics =
          admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
              .filter(t -> t.startsWith(prefix) || versionSuffixes.stream().anyMatch(t::endsWith))
              .toList();
      admin.deleteTopics(topics).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<String> groups =
          admin.listGroups().all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
              .map(GroupListing::groupId)
              .filter(g -> g.startsWith(prefix))
              .toList();
      if (!groups.isEmpty()) {
        admin.deleteConsumerGroups(groups).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      err.println(
          "imr bench: removed the run's "
              + topics.size()
              + " topic(s) and "
              + groups.size()
              + " group(s) from the cluster (--keep keeps them)");
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      err.println("imr bench: could not remove the run's topics: " + OneLineFailures.describe(e));
    }
    err.flush();
  }
}
