package org.imrstream.dev.process;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.imrstream.topics.Topics;

/** Waiting for a condition on a real cluster, with a message that says what did not happen. */
public final class Awaiting {

  private Awaiting() {}

  public static void until(String what, Duration timeout, Callable<Boolean> condition)
      throws Exception {
    until(() -> what, timeout, condition);
  }

  /** The same, with a message made when it fails (e.g. what was seen by then). */
  public static void until(Supplier<String> what, Duration timeout, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout + ": " + what.get());
      }
      Thread.sleep(200);
    }
  }

  /** True once every pipeline topic exists. */
  public static boolean topicsExist(String bootstrapServers) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      return admin.listTopics().names().get().containsAll(Topics.all());
    }
  }
}
