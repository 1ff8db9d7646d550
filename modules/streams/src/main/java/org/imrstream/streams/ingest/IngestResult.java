package org.imrstream.streams.ingest;

import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.imrstream.streams.counting.OutcomeDelta;

/**
 * What ingesting one raw letter forwards: decision events (keyed by decision id), retractions of decisions an
 * amended letter no longer holds, outcome deltas for counting (keyed by guideline), or a parse failure (keyed by
 * letter id). These objects live only inside the ingest sub-topology and are never serialized.
 */
public sealed interface IngestResult {

  record Decision(DecisionEvent event) implements IngestResult {}

  /** The decision with this record's key was in an earlier version of the letter and is not in the new one. */
  record Retraction() implements IngestResult {}

  record Delta(OutcomeDelta delta) implements IngestResult {}

  record Failure(ParseFailure failure) implements IngestResult {}
}
