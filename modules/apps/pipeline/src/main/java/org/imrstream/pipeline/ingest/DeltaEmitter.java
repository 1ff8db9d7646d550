package org.imrstream.pipeline.ingest;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.pipeline.EventTime;
import org.imrstream.pipeline.counting.OutcomeDelta;

/**
 * The count changes a letter change makes, keyed by guideline at each decision's event time: -1 for
 * every decision of the previous version (at its own event time, so its windows are corrected too),
 * +1 for every current one. An undated decision's delta keeps {@link EventTime#UNDATED} as its
 * event time and travels at {@link EventTime#UNDATED_RECORD_TIMESTAMP}: it never moves the counting
 * task's stream time, and the late router sends it past the windows.
 */
public final class DeltaEmitter implements Processor<String, LetterChange, String, OutcomeDelta> {

  private ProcessorContext<String, OutcomeDelta> context;

  @Override
  public void init(ProcessorContext<String, OutcomeDelta> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, LetterChange> record) {
    LetterChange change = record.value();
    RawPosition raw = change.current().raw();
    if (change.amends()) {
      for (LetterVersion.CountedDecision old : change.previous().decisions()) {
        forward(
            record,
            old.guideline(),
            new OutcomeDelta(
                old.outcome(),
                -1,
                old.decisionId(),
                old.eventTimeMs(),
                raw.topic(),
                raw.partition(),
                raw.offset()));
      }
    }
    long eventTime = change.current().eventTimeMs();
    for (DecisionEvent event : change.current().events()) {
      forward(
          record,
          event.getGuideline(),
          new OutcomeDelta(
              event.getOutcome().name(),
              +1,
              event.getDecisionId(),
              eventTime,
              raw.topic(),
              raw.partition(),
              raw.offset()));
    }
  }

  private void forward(Record<String, LetterChange> record, String guideline, OutcomeDelta delta) {
    context.forward(
        new Record<>(
            guideline, delta, EventTime.recordTimestamp(delta.eventTimeMs()), record.headers()));
  }
}
