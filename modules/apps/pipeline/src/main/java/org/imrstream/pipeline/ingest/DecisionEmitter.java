package org.imrstream.pipeline.ingest;

import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.pipeline.EventTime;

/**
 * The decision events a letter change writes, keyed by decision id at the decision's event time: a
 * tombstone for each decision of the previous version that the amended letter no longer has (the
 * table forgets it), then the current decisions. An undated decision's records carry {@link
 * EventTime#UNDATED_RECORD_TIMESTAMP}, which moves no consumer's stream time.
 */
public final class DecisionEmitter
    implements Processor<String, LetterChange, String, DecisionEvent> {

  private ProcessorContext<String, DecisionEvent> context;

  @Override
  public void init(ProcessorContext<String, DecisionEvent> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, LetterChange> record) {
    LetterChange change = record.value();
    Set<String> current = new HashSet<>();
    change.current().events().forEach(event -> current.add(event.getDecisionId()));
    if (change.amends()) {
      for (LetterVersion.CountedDecision old : change.previous().decisions()) {
        if (!current.contains(old.decisionId())) {
          context.forward(
              new Record<String, DecisionEvent>(
                  old.decisionId(),
                  null,
                  EventTime.recordTimestamp(old.eventTimeMs()),
                  record.headers()));
        }
      }
    }
    long timestamp = EventTime.recordTimestamp(change.current().eventTimeMs());
    for (DecisionEvent event : change.current().events()) {
      context.forward(new Record<>(event.getDecisionId(), event, timestamp, record.headers()));
    }
  }
}
