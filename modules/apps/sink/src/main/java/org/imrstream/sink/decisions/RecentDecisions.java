package org.imrstream.sink.decisions;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.sink.DashboardJson;

/**
 * Keeps the latest decisions of this task's partition for the dashboard: a store keyed {@code
 * decisionDate|decisionId} (ISO dates sort as text, so a reverse scan reads the newest first) with
 * each decision's summary JSON, and an index from decision id to that key, so an amendment moves a
 * decision and a retraction (null) removes it. Only the newest {@link #CAPACITY} per partition are
 * kept: the dashboard shows the latest few, and the decisions topic has them all.
 */
public final class RecentDecisions implements Processor<String, DecisionEvent, Void, Void> {

  /** Decisions kept per partition. */
  public static final int CAPACITY = 1000;

  /** Sorts before every real date, so undated decisions read as the oldest. */
  static final String UNDATED = "0000-00-00";

  // Decision ids never start with a control character.
  private static final String COUNT = "\u0000count";

  private final String decisionsStore;
  private final String indexStore;
  private KeyValueStore<String, String> decisions;
  private KeyValueStore<String, String> index;

  public RecentDecisions(String decisionsStore, String indexStore) {
    this.decisionsStore = decisionsStore;
    this.indexStore = indexStore;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    decisions = context.getStateStore(decisionsStore);
    index = context.getStateStore(indexStore);
  }

  /** The store key of a decision: its date (or {@value #UNDATED}), a bar, its id. */
  public static String key(String decisionDate, String decisionId) {
    return (decisionDate == null ? UNDATED : decisionDate) + "|" + decisionId;
  }

  @Override
  public void process(Record<String, DecisionEvent> record) {
    String id = record.key();
    if (id == null) {
      return;
    }
    long count = count();
    String previous = index.get(id);
    if (previous != null) {
      decisions.delete(previous);
      index.delete(id);
      count--;
    }
    DecisionEvent event = record.value();
    if (event != null) {
      String key =
          key(event.getDecisionDate() == null ? null : event.getDecisionDate().toString(), id);
      decisions.put(key, DashboardJson.decisionSummary(event));
      index.put(id, key);
      count++;
      count = trim(count);
    }
    index.put(COUNT, Long.toString(count));
  }

  /** Drops the oldest decisions beyond the capacity; @return how many are left */
  private long trim(long count) {
    while (count > CAPACITY) {
      String oldest;
      try (KeyValueIterator<String, String> all = decisions.all()) {
        if (!all.hasNext()) {
          return 0;
        }
        oldest = all.next().key;
      }
      decisions.delete(oldest);
      index.delete(oldest.substring(oldest.indexOf('|') + 1));
      count--;
    }
    return count;
  }

  private long count() {
    String stored = index.get(COUNT);
    return stored == null ? 0 : Long.parseLong(stored);
  }
}
