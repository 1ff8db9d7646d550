package org.imrstream.sink.stats;

import java.time.LocalDate;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.topics.DayKeys;

/**
 * Folds the pipeline's daily counts into two stores the dashboard queries: each guideline's days
 * (key {@code guideline@day}, as on the topic) and its totals (key guideline). A daily counts
 * record is the day's whole new tally, so the totals move by the difference to the day's previous
 * tally: all-time is the sum of the days and the undated bucket, never below a window.
 *
 * <p>The pipeline partitions daily counts by guideline, so a guideline's days and totals live in
 * one task and need no repartition. {@code updatedAtMs} is the processor clock's time of the change
 * (wall-clock in a running app), not the decision's date.
 */
public final class DailyStatsFolder
    implements Processor<String, GuidelineOutcomeCounts, String, GuidelineTotals> {

  private final String daysStore;
  private final String totalsStore;
  private ProcessorContext<String, GuidelineTotals> context;
  private KeyValueStore<String, Tally> days;
  private KeyValueStore<String, GuidelineTotals> totals;

  public DailyStatsFolder(String daysStore, String totalsStore) {
    this.daysStore = daysStore;
    this.totalsStore = totalsStore;
  }

  @Override
  public void init(ProcessorContext<String, GuidelineTotals> context) {
    this.context = context;
    this.days = context.getStateStore(daysStore);
    this.totals = context.getStateStore(totalsStore);
  }

  @Override
  public void process(Record<String, GuidelineOutcomeCounts> record) {
    GuidelineOutcomeCounts counts = record.value();
    if (counts == null || record.key() == null) {
      return;
    }
    String guideline = counts.getGuideline();
    String dayKey = record.key();
    LocalDate day = DayKeys.day(dayKey).orElse(null);
    Tally after = new Tally(counts.getUpheld(), counts.getOverturned());
    Tally stored = days.get(dayKey);
    Tally before = stored == null ? Tally.EMPTY : stored;
    if (after.total() == 0) {
      days.delete(dayKey); // a day whose decisions were all retracted: nothing to chart
    } else {
      days.put(dayKey, after);
    }
    GuidelineTotals current = totals.get(guideline);
    GuidelineTotals next =
        (current == null ? GuidelineTotals.empty(guideline) : current)
            .change(day, before, after, context.currentSystemTimeMs());
    totals.put(guideline, next);
    context.forward(record.withKey(guideline).withValue(next));
  }
}
