package org.imrstream.pipeline.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParsing;
import org.imrstream.parser.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a raw letter, keyed by its own id, into its decision events, or into a dead letter that
 * says why it could not be read and carries its bytes (up to a limit; the raw topic keeps it
 * whole).
 *
 * <p>Its sensors (group {@code stream-imr-metrics}, per stream thread), counted as each letter's
 * outcome is decided, so a task that fails and reprocesses its letters counts them again:
 *
 * <ul>
 *   <li>{@code letters-parsed-total} / {@code -rate}: letters read into decision events;
 *   <li>{@code letters-failed-total} / {@code -rate}: letters dead-lettered, whatever the reason;
 *   <li>{@code letters-failed-by-reason-total} / {@code -rate}, tagged {@code reason} (each reason
 *       code its own sensor, registered up front so that a reason never seen reads 0);
 *   <li>{@code letters-e2e-latency-avg} / {@code -max}: milliseconds from the raw record's
 *       timestamp (when the letter was published, for {@code imr produce}) to this step, over the
 *       last samples window; with {@code letters-e2e-total} / {@code -rate}, every letter that got
 *       here.
 * </ul>
 */
public final class ParseLetterProcessor implements Processor<String, byte[], String, ParseOutcome> {

  private static final Logger LOG = LoggerFactory.getLogger(ParseLetterProcessor.class);

  /** Kafka puts the sensors of scope {@code imr} in the group {@code stream-imr-metrics}. */
  private static final String SCOPE = "imr";

  private final LetterParsing parser;
  private final int deadLetterMaxBytes;
  private ProcessorContext<String, ParseOutcome> context;
  private Sensor parsed;
  private Sensor failures;
  private Sensor endToEnd;
  private final Map<String, Sensor> failuresByReason = new HashMap<>();

  /**
   * @param deadLetterMaxBytes how much of a failed letter its dead letter carries
   */
  public ParseLetterProcessor(LetterParsing parser, int deadLetterMaxBytes) {
    this.parser = parser;
    this.deadLetterMaxBytes = deadLetterMaxBytes;
  }

  @Override
  public void init(ProcessorContext<String, ParseOutcome> context) {
    this.context = context;
    StreamsMetrics metrics = context.metrics();
    String thread = Thread.currentThread().getName();
    this.parsed =
        metrics.addRateTotalSensor(SCOPE, thread, "letters-parsed", Sensor.RecordingLevel.INFO);
    this.failures =
        metrics.addRateTotalSensor(SCOPE, thread, "letters-failed", Sensor.RecordingLevel.INFO);
    this.endToEnd =
        metrics.addLatencyRateTotalSensor(SCOPE, thread, "letters-e2e", Sensor.RecordingLevel.INFO);
    for (FailureCode code : FailureCode.values()) {
      failuresByReason(code.name());
    }
    failuresByReason(ParseFailures.PARSER_ERROR);
  }

  /**
   * The sensor of one reason code. Kafka names a custom sensor by thread, entity and operation, not
   * by its tags, so the reason is the entity (tag {@code imr-id}) as well as the {@code reason}
   * tag: one operation name under the thread's entity would make every reason record into one
   * sensor.
   */
  private Sensor failuresByReason(String code) {
    return failuresByReason.computeIfAbsent(
        code,
        c ->
            context
                .metrics()
                .addRateTotalSensor(
                    SCOPE, c, "letters-failed-by-reason", Sensor.RecordingLevel.INFO, "reason", c));
  }

  @Override
  public void process(Record<String, byte[]> record) {
    byte[] bytes = record.value() == null ? new byte[0] : record.value();
    RawLetter raw =
        RawLetter.of(
            record.key(),
            bytes,
            record.headers(),
            LetterIdentifier.coordinates(record.headers(), context.recordMetadata().orElseThrow()),
            record.timestamp());
    // Upstream, LetterIdentifier keyed the record by the letter's own identity; the fallback covers
    // a record that
    // reached this step without it.
    String letterId =
        record.key() != null && !record.key().isBlank()
            ? record.key()
            : LetterIdentifier.identify(bytes);
    long now = context.currentSystemTimeMs();
    endToEnd.record(Math.max(0, now - record.timestamp()), now);

    ParseResult result;
    try {
      result = parser.parse(bytes, raw.sourceName() != null ? raw.sourceName() : letterId);
    } catch (RuntimeException parserBug) {
      // The parser promises a Failure instead of throwing; when it breaks that promise on one
      // letter, that letter is
      // at fault, not the pipeline: it is dead-lettered so that a replay after the fix picks it up.
      deadLetter(
          record,
          letterId,
          ParseFailures.PARSER_ERROR,
          "the parser failed on this letter: " + parserBug,
          raw,
          now,
          null);
      return;
    }
    if (result instanceof ParseResult.Failure failure) {
      deadLetter(record, letterId, failure.code().name(), failure.message(), raw, now, failure);
      return;
    }
    var letter = ((ParseResult.Success) result).letter();
    String sha256 = LetterIdentity.sha256(bytes);
    parsed.record();
    context.forward(
        record
            .withKey(letterId)
            .withValue(
                ParseOutcome.of(
                    new ParsedLetter(
                        letterId,
                        sha256,
                        DecisionEvents.of(letter, letterId, sha256, raw, now),
                        DecisionEvents.eventTime(letter, raw),
                        raw.position()))));
  }

  private void deadLetter(
      Record<String, byte[]> record,
      String letterId,
      String code,
      String reason,
      RawLetter raw,
      long now,
      ParseResult.Failure failure) {
    failures.record();
    failuresByReason(code).record();
    LOG.warn("letter {} at {} failed: {}", letterId, raw.describe(), reason);
    context.forward(
        record
            .withKey(letterId)
            .withValue(
                ParseOutcome.of(
                    ParseFailures.of(
                        letterId, code, reason, raw, now, deadLetterMaxBytes, failure))));
  }
}
