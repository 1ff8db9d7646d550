package org.imrstream.sink;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Turns each change of a guideline's stats into its dashboard JSON, stamped with the record's
 * timestamp as {@code updatedAt}. A processor rather than {@code mapValues} because only a
 * processor sees the timestamp.
 *
 * <p>The aggregate upstream gives each change the newest timestamp of the counts records folded in
 * so far, so {@code updatedAt} never moves backwards when an older window is re-counted after a
 * newer one.
 */
final class StatsJsonProcessor implements FixedKeyProcessor<String, GuidelineStats, String> {

  private FixedKeyProcessorContext<String, String> context;

  @Override
  public void init(FixedKeyProcessorContext<String, String> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, GuidelineStats> record) {
    GuidelineStats stats = record.value();
    // A deleted aggregate would be a null; pass it on as a tombstone so the compacted topic forgets
    // the guideline.
    String json =
        stats == null ? null : DashboardJson.stats(stats, Instant.ofEpochMilli(record.timestamp()));
    context.forward(record.withValue(json));
  }
}
