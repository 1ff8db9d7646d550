package org.imrstream.sink;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.imrstream.avro.GuidelineOutcomeCounts;

/**
 * Folds every counts record of a guideline, all-time or window, into that guideline's {@link
 * GuidelineStats} (kept in a store) and forwards the new stats keyed by the guideline. Both counts
 * topics put a guideline's records in the same partition, so this needs no repartition: the records
 * arrive keyed by {@code guideline} or {@code guideline@windowStart}, and the guideline comes from
 * the value.
 *
 * <p>Each update carries the newest timestamp of the records folded in so far (as a Streams
 * aggregate would), so the dashboard's {@code updatedAt} never moves back when an older window is
 * counted again.
 */
final class GuidelineStatsFolder
    implements Processor<String, GuidelineOutcomeCounts, String, GuidelineStats> {

  private final String storeName;
  private ProcessorContext<String, GuidelineStats> context;
  private TimestampedKeyValueStore<String, GuidelineStats> statsByGuideline;

  GuidelineStatsFolder(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, GuidelineStats> context) {
    this.context = context;
    this.statsByGuideline = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, GuidelineOutcomeCounts> record) {
    GuidelineOutcomeCounts counts = record.value();
    if (counts == null) {
      return;
    }
    String guideline = counts.getGuideline();
    ValueAndTimestamp<GuidelineStats> stored = statsByGuideline.get(guideline);
    GuidelineStats before = stored == null ? GuidelineStats.empty(guideline) : stored.value();
    long timestamp =
        stored == null ? record.timestamp() : Math.max(stored.timestamp(), record.timestamp());
    GuidelineStats after = before.apply(counts);
    statsByGuideline.put(guideline, ValueAndTimestamp.make(after, timestamp));
    context.forward(record.withKey(guideline).withValue(after).withTimestamp(timestamp));
  }
}
