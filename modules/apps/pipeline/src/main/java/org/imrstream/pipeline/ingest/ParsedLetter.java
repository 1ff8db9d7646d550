package org.imrstream.pipeline.ingest;

import java.util.List;
import org.imrstream.avro.DecisionEvent;

/**
 * A letter the parser read: its identity, its decisions as events, and where it sits on the raw
 * topic.
 *
 * @param letterId the letter's own id (case number, else SHA-256 of its bytes)
 * @param sha256 SHA-256 of its bytes: tells a re-sent letter from an amended one
 * @param events one decision event per disputed item, in letter order
 * @param eventTimeMs the decisions' event time ({@link org.imrstream.pipeline.EventTime}: a date
 *     the letter states), or {@code EventTime.UNDATED} when it states none
 * @param raw where it sits on the raw topic
 */
public record ParsedLetter(
    String letterId, String sha256, List<DecisionEvent> events, long eventTimeMs, RawPosition raw) {

  public ParsedLetter {
    events = List.copyOf(events);
  }
}
