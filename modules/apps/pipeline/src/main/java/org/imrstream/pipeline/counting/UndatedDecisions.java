package org.imrstream.pipeline.counting;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.imrstream.avro.LateDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the decisions whose letter states no date: they are counted all-time and in their
 * guideline's undated bucket, in no day, so no window shows them; this says which ones and why, on
 * the late-decisions topic (cause {@code UNDATED}), and counts them in the metric {@code
 * decisions-undated}. The processor context's clock stamps when.
 */
public final class UndatedDecisions
    implements FixedKeyProcessor<String, OutcomeDelta, LateDecision> {

  private static final Logger LOG = LoggerFactory.getLogger(UndatedDecisions.class);

  private FixedKeyProcessorContext<String, LateDecision> context;
  private Sensor undated;

  @Override
  public void init(FixedKeyProcessorContext<String, LateDecision> context) {
    this.context = context;
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
    undated.record();
    LOG.info(
        "decision {} of {} states no date: counted in the all-time totals only",
        record.value().decisionId(),
        record.key());
    context.forward(
        record.withValue(
            LateDecisions.undated(record.key(), record.value(), context.currentSystemTimeMs())));
  }
}
