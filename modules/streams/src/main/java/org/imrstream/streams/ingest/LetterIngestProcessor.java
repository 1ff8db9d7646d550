package org.imrstream.streams.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.parser.LetterIdentity;
import org.imrstream.parser.LetterParsing;
import org.imrstream.parser.ParseResult;
import org.imrstream.streams.counting.OutcomeDelta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each raw letter and decides what it changes.
 *
 * <ul>
 *   <li>A letter that cannot be parsed becomes a dead letter with its reason and original bytes.</li>
 *   <li>The same letter sent again (same id, same bytes) changes nothing: it is counted as a duplicate only.</li>
 *   <li>A letter re-sent with the same id and different bytes is an amendment: it replaces the earlier version.
 *       The earlier version's decisions are retracted (-1 deltas at their original event times, and tombstones for
 *       decision ids the new version no longer has) and the new ones counted (+1).</li>
 * </ul>
 * All of it happens in one task with the version store, so under exactly-once the store and the outputs move
 * together.
 */
public final class LetterIngestProcessor implements Processor<String, byte[], String, IngestResult> {

  private static final Logger LOG = LoggerFactory.getLogger(LetterIngestProcessor.class);

  private final String versionStoreName;
  private final LetterParsing parser;
  private final int deadLetterMaxBytes;
  private ProcessorContext<String, IngestResult> context;
  private KeyValueStore<String, LetterVersion> versions;
  private Sensor duplicates;
  private Sensor amendments;
  private Sensor failures;

  /**
   * @param deadLetterMaxBytes how much of a failed letter its dead letter carries (the raw topic keeps it whole)
   */
  public LetterIngestProcessor(String versionStoreName, LetterParsing parser, int deadLetterMaxBytes) {
    this.versionStoreName = versionStoreName;
    this.parser = parser;
    this.deadLetterMaxBytes = deadLetterMaxBytes;
  }

  @Override
  public void init(ProcessorContext<String, IngestResult> context) {
    this.context = context;
    this.versions = context.getStateStore(versionStoreName);
    String thread = Thread.currentThread().getName();
    var metrics = context.metrics();
    this.duplicates = metrics.addRateTotalSensor("imr", thread, "letters-duplicate", Sensor.RecordingLevel.INFO);
    this.amendments = metrics.addRateTotalSensor("imr", thread, "letters-amended", Sensor.RecordingLevel.INFO);
    this.failures = metrics.addRateTotalSensor("imr", thread, "letters-failed", Sensor.RecordingLevel.INFO);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    RecordMetadata meta = context.recordMetadata().orElseThrow();
    RawLetter raw = RawLetter.of(record.key(), record.value(), record.headers(),
        LetterIdentifier.coordinates(record.headers(), meta), record.timestamp());
    long now = context.currentSystemTimeMs();
    byte[] bytes = raw.bytes() == null ? new byte[0] : raw.bytes();
    String sha256 = LetterIdentity.sha256(bytes);
    // Upstream, LetterIdentifier keyed the record by the letter's own identity; the fallback covers a topology
    // fed without that step (tests of this processor alone).
    String letterId = record.key() != null && !record.key().isBlank() ? record.key()
        : LetterIdentifier.identify(bytes);

    ParseResult result;
    try {
      result = parser.parse(bytes, raw.sourceName() != null ? raw.sourceName() : letterId);
    } catch (RuntimeException parserBug) {
      // The parser promises a Failure instead of throwing; when it breaks that promise on one letter, that letter is
      // at fault, not the pipeline: it is dead-lettered so that a replay after the fix picks it up.
      deadLetter(record, letterId, ParseFailures.PARSER_ERROR, "the parser failed on this letter: " + parserBug, raw,
          now);
      return;
    }
    if (result instanceof ParseResult.Failure failure) {
      deadLetter(record, letterId, failure.code().name(), failure.message(), raw, now);
      return;
    }
    var letter = ((ParseResult.Success) result).letter();
    LetterVersion previous = versions.get(letterId);
    if (previous != null && previous.sha256().equals(sha256)) {
      duplicates.record();
      LOG.info("letter {} at {} is a duplicate of the version already counted", letterId, raw.describe());
      return;
    }

    long eventTime = DecisionEvents.eventTime(letter, raw);
    List<DecisionEvent> events = DecisionEvents.of(letter, letterId, sha256, raw, now);
    Set<String> current = new HashSet<>();
    events.forEach(e -> current.add(e.getDecisionId()));
    if (previous != null) {
      amendments.record();
      LOG.info("letter {} at {} amends the version counted before: {} decision(s) replace {}", letterId,
          raw.describe(), events.size(), previous.decisions().size());
      for (LetterVersion.CountedDecision old : previous.decisions()) {
        forwardDelta(record, old.guideline(), new OutcomeDelta(old.outcome(), -1, old.decisionId(), old.eventTimeMs(),
            raw.topic(), raw.partition(), raw.offset()));
        if (!current.contains(old.decisionId())) {
          context.forward(record.withKey(old.decisionId()).withValue((IngestResult) new IngestResult.Retraction())
              .withTimestamp(old.eventTimeMs()));
        }
      }
    }
    List<LetterVersion.CountedDecision> counted = new ArrayList<>();
    for (DecisionEvent event : events) {
      context.forward(record.withKey(event.getDecisionId()).withValue((IngestResult) new IngestResult.Decision(event))
          .withTimestamp(eventTime));
      String outcome = event.getOutcome().name();
      forwardDelta(record, event.getGuideline(), new OutcomeDelta(outcome, +1, event.getDecisionId(), eventTime,
          raw.topic(), raw.partition(), raw.offset()));
      counted.add(new LetterVersion.CountedDecision(event.getDecisionId(), event.getGuideline(), outcome, eventTime));
    }
    versions.put(letterId, new LetterVersion(sha256, counted));
  }

  private void deadLetter(Record<String, byte[]> record, String letterId, String code, String reason, RawLetter raw,
      long now) {
    failures.record();
    LOG.warn("letter {} at {} failed: {}", letterId, raw.describe(), reason);
    context.forward(record.withKey(letterId).withValue(new IngestResult.Failure(
        ParseFailures.of(letterId, code, reason, raw, now, deadLetterMaxBytes))));
  }

  private void forwardDelta(Record<String, byte[]> record, String guideline, OutcomeDelta delta) {
    context.forward(record.withKey(guideline).withValue((IngestResult) new IngestResult.Delta(delta))
        .withTimestamp(delta.eventTimeMs()));
  }
}
