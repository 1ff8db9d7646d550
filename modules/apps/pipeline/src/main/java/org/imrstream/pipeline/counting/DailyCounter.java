package org.imrstream.pipeline.counting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.avro.CountScope;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.pipeline.EventTime;
import org.imrstream.topics.DayKeys;

/**
 * Counts each guideline's outcomes per decision date: one store update per delta, keyed {@code
 * guideline@day} ({@link DayKeys}), and the day's new tally sent on. Every rolling window (30 days,
 * 7, 90) is a sum of days, so a dashboard picks its window and a decision is written once, not once
 * per hopping window it falls in. Days never close: a decision of any age is counted in its day,
 * whatever order the letters come in, so a replay gives the same days. Decisions whose letter
 * states no date go to the guideline's {@code undated} bucket (in the all-time sum, in no window).
 *
 * <p>The input is partitioned by guideline and the output keeps that partitioning ({@link
 * ByGuidelinePartitioner}), so re-keying to the day needs no repartition topic.
 */
public final class DailyCounter
    implements Processor<String, OutcomeDelta, String, GuidelineOutcomeCounts> {

  private static final long DAY_MS = 86_400_000L;

  private final String storeName;
  private ProcessorContext<String, GuidelineOutcomeCounts> context;
  private KeyValueStore<String, OutcomeTally> days;

  public DailyCounter(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, GuidelineOutcomeCounts> context) {
    this.context = context;
    this.days = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, OutcomeDelta> record) {
    String guideline = record.key();
    long eventTime = record.value().eventTimeMs();
    boolean dated = EventTime.isDated(eventTime);
    LocalDate day = dated ? dayOf(eventTime) : null;
    String key = dated ? DayKeys.of(guideline, day) : DayKeys.undated(guideline);
    OutcomeTally before = days.get(key);
    OutcomeTally after = (before == null ? OutcomeTally.EMPTY : before).apply(record.value());
    days.put(key, after);
    context.forward(record.withKey(key).withValue(counts(guideline, day, after)));
  }

  static LocalDate dayOf(long eventTimeMs) {
    return Instant.ofEpochMilli(eventTimeMs).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static GuidelineOutcomeCounts counts(
      String guideline, LocalDate day, OutcomeTally tally) {
    Instant start = day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return GuidelineOutcomeCounts.newBuilder()
        .setGuideline(guideline)
        .setScope(CountScope.DAY)
        .setWindowStart(start)
        .setWindowEnd(start == null ? null : start.plusMillis(DAY_MS))
        .setUpheld(tally.upheld())
        .setOverturned(tally.overturned())
        .setTotal(tally.total())
        .build();
  }
}
