package org.imrstream.pipeline.counting;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.pipeline.EventTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits right before the windowed count and tells which deltas it would drop as late: those whose
 * newest window ({@code start = floor(ts / advance) * advance}) has closed, i.e. {@code start +
 * size + grace <= stream time}. Kafka Streams drops such records with only a metric; here they are
 * counted in our own metric ({@code decisions-late}) and sent on as {@link Routed.Late} so the
 * topology records them on the late-decisions topic.
 *
 * <p>A delta of a decision whose letter states no date ({@link EventTime#UNDATED}) has no place in
 * any window: it is sent on as {@link Routed.Undated} (metric {@code decisions-undated}) before the
 * stream time is read or moved, so it is routed the same way whatever came before it, and it never
 * moves the stream time.
 *
 * <p>Stream time is the largest delta timestamp this task has seen, kept in a store so it survives
 * restarts, exactly as the window store's own observed stream time does.
 */
public final class LateDeltaRouter
    implements FixedKeyProcessor<String, OutcomeDelta, LateDeltaRouter.Routed> {

  private static final Logger LOG = LoggerFactory.getLogger(LateDeltaRouter.class);
  private static final String STREAM_TIME_KEY = "stream-time";

  /** A delta with its verdict. */
  public sealed interface Routed {
    OutcomeDelta delta();

    record OnTime(OutcomeDelta delta) implements Routed {}

    /**
     * Late, as found at {@code foundAtMs} (the processor context's system time) against {@code
     * streamTimeMs}.
     */
    record Late(OutcomeDelta delta, long streamTimeMs, long foundAtMs) implements Routed {}

    /**
     * The letter states no date, so the decision belongs to no window; found at {@code foundAtMs}
     * (the processor context's system time).
     */
    record Undated(OutcomeDelta delta, long foundAtMs) implements Routed {}
  }

  private final String streamTimeStoreName;
  private final long sizeMs;
  private final long advanceMs;
  private final long graceMs;
  private FixedKeyProcessorContext<String, Routed> context;
  private KeyValueStore<String, Long> streamTimes;
  private Sensor late;
  private Sensor undated;

  public LateDeltaRouter(
      String streamTimeStoreName, Duration size, Duration advance, Duration grace) {
    this.streamTimeStoreName = streamTimeStoreName;
    this.sizeMs = size.toMillis();
    this.advanceMs = advance.toMillis();
    this.graceMs = grace.toMillis();
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Routed> context) {
    this.context = context;
    this.streamTimes = context.getStateStore(streamTimeStoreName);
    this.late =
        context
            .metrics()
            .addRateTotalSensor(
                "imr",
                Thread.currentThread().getName(),
                "decisions-late",
                Sensor.RecordingLevel.INFO);
    this.undated =
        context
            .metrics()
            .addRateTotalSensor(
                "imr",
                Thread.currentThread().getName(),
                "decisions-undated",
                Sensor.RecordingLevel.INFO);
  }

  @Override
  public void process(FixedKeyRecord<String, OutcomeDelta> record) {
    if (!EventTime.isDated(record.value().eventTimeMs())) {
      undated.record();
      LOG.info(
          "decision {} of {} states no date: counted in the all-time totals only",
          record.value().decisionId(),
          record.key());
      context.forward(
          record.withValue(new Routed.Undated(record.value(), context.currentSystemTimeMs())));
      return;
    }
    String key = STREAM_TIME_KEY + "-" + context.taskId();
    Long stored = streamTimes.get(key);
    long streamTime = stored == null ? Long.MIN_VALUE : stored;
    long timestamp = record.timestamp();
    long newestWindowStart = Math.floorDiv(timestamp, advanceMs) * advanceMs;
    if (stored != null && newestWindowStart + sizeMs + graceMs <= streamTime) {
      late.record();
      LOG.warn(
          "decision {} of {} at {} is beyond the windows' grace (stream time {}): recorded as late",
          record.value().decisionId(),
          record.key(),
          Instant.ofEpochMilli(timestamp),
          Instant.ofEpochMilli(streamTime));
      context.forward(
          record.withValue(
              new Routed.Late(record.value(), streamTime, context.currentSystemTimeMs())));
      return;
    }
    if (timestamp > streamTime) {
      streamTimes.put(key, timestamp);
    }
    context.forward(record.withValue(new Routed.OnTime(record.value())));
  }
}
