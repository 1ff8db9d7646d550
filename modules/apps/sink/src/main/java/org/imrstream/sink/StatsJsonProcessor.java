package org.imrstream.sink;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.imrstream.sink.stats.GuidelineTotals;

/**
 * Turns each change of a guideline's totals into its dashboard JSON. A processor rather than {@code
 * mapValues} so that a null (a guideline forgotten) passes on as a tombstone the compacted topic
 * honours.
 */
final class StatsJsonProcessor implements FixedKeyProcessor<String, GuidelineTotals, String> {

  private FixedKeyProcessorContext<String, String> context;

  @Override
  public void init(FixedKeyProcessorContext<String, String> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, GuidelineTotals> record) {
    GuidelineTotals totals = record.value();
    context.forward(record.withValue(totals == null ? null : DashboardJson.totals(totals)));
  }
}
