package org.imrstream.pipeline.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which topics of a cluster are a Streams application's internal topics, by Kafka's own rule (as
 * its StreamsResetter finds them): named {@code <application.id>-...} and ending as Kafka Streams
 * names them ({@code -changelog}, {@code -repartition}, and the foreign-key join topics).
 *
 * <p>One guard more than Kafka's: an application whose id extends this one ({@code imr-streams-v2}
 * next to {@code imr-streams}, as a side-by-side replay makes) has topics that also start with
 * {@code imr-streams-}; a topic that starts with {@code <other group id>-} for such a group of the
 * cluster is left alone and reported.
 */
final class InternalTopics {

  private InternalTopics() {}

  /**
   * The internal topics of {@code applicationId} among {@code topics}, sorted, and those left alone
   * because another application's id extends this one (topic to that group id).
   */
  record Found(List<String> internal, Map<String, String> leftAlone) {}

  static Found of(String applicationId, Collection<String> topics, Collection<String> groupIds) {
    String prefix = applicationId + "-";
    List<String> longerIds =
        groupIds.stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    List<String> internal = new ArrayList<>();
    Map<String, String> leftAlone = new TreeMap<>();
    for (String topic : topics) {
      if (!topic.startsWith(prefix) || !isInternalName(topic)) {
        continue;
      }
      String owner =
          longerIds.stream().filter(id -> topic.startsWith(id + "-")).findFirst().orElse(null);
      if (owner != null) {
        leftAlone.put(topic, owner);
      } else {
        internal.add(topic);
      }
    }
    internal.sort(null);
    return new Found(List.copyOf(internal), leftAlone);
  }

  /** Whether {@code topic} ends as Kafka Streams names its internal topics. */
  static boolean isInternalName(String topic) {
    return topic.endsWith("-changelog")
        || topic.endsWith("-repartition")
        || topic.endsWith("-subscription-registration-topic")
        || topic.endsWith("-subscription-response-topic")
        || topic.matches(".+-KTABLE-FK-JOIN-SUBSCRIPTION-(REGISTRATION|RESPONSE)-\\d+-topic");
  }
}
