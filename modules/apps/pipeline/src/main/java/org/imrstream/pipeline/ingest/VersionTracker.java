package org.imrstream.pipeline.ingest;

import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the counted version of each letter (store {@code letter-versions}, keyed by letter id)
 * and tells what a parsed letter changes: nothing when the same bytes were counted before (a
 * re-send: metric {@code letters-duplicate-total}), else a {@link LetterChange} with the previous
 * version, if any (an amendment: {@code letters-amended-total}), and the current one. It runs in
 * the same task as the steps that emit the letter's decisions and deltas, so under exactly-once the
 * store and those outputs commit together.
 */
public final class VersionTracker implements Processor<String, ParsedLetter, String, LetterChange> {

  private static final Logger LOG = LoggerFactory.getLogger(VersionTracker.class);

  private final String storeName;
  private ProcessorContext<String, LetterChange> context;
  private KeyValueStore<String, LetterVersion> versions;
  private Sensor duplicates;
  private Sensor amendments;

  public VersionTracker(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, LetterChange> context) {
    this.context = context;
    this.versions = context.getStateStore(storeName);
    String thread = Thread.currentThread().getName();
    this.duplicates =
        context
            .metrics()
            .addRateTotalSensor("imr", thread, "letters-duplicate", Sensor.RecordingLevel.INFO);
    this.amendments =
        context
            .metrics()
            .addRateTotalSensor("imr", thread, "letters-amended", Sensor.RecordingLevel.INFO);
  }

  @Override
  public void process(Record<String, ParsedLetter> record) {
    ParsedLetter letter = record.value();
    LetterVersion previous = versions.get(letter.letterId());
    if (previous != null && previous.sha256().equals(letter.sha256())) {
      duplicates.record();
      LOG.info(
          "letter {} at {} is a duplicate of the version already counted",
          letter.letterId(),
          letter.raw());
      return;
    }
    if (previous != null) {
      amendments.record();
      LOG.info(
          "letter {} at {} amends the version counted before: {} decision(s) replace {}",
          letter.letterId(),
          letter.raw(),
          letter.events().size(),
          previous.decisions().size());
    }
    // Outputs first: if one cannot be written the exception leaves the store as it was, so even
    // without
    // exactly-once's rollback a reprocessed letter is counted, never taken for a duplicate of
    // itself.
    context.forward(record.withValue(new LetterChange(previous, letter)));
    versions.put(letter.letterId(), new LetterVersion(letter.sha256(), counted(letter)));
  }

  private static List<LetterVersion.CountedDecision> counted(ParsedLetter letter) {
    return letter.events().stream()
        .map(
            e ->
                new LetterVersion.CountedDecision(
                    e.getDecisionId(),
                    e.getGuideline(),
                    e.getOutcome().name(),
                    letter.eventTimeMs()))
        .toList();
  }
}
