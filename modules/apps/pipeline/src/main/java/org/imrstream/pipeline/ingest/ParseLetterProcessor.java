package org.imrstream.pipeline.ingest;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.LetterParsing;
import org.imrstream.parser.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a raw letter, keyed by its own id, into its decision events, or into a dead letter that
 * says why it could not be read and carries its bytes (up to a limit; the raw topic keeps it
 * whole).
 */
public final class ParseLetterProcessor implements Processor<String, byte[], String, ParseOutcome> {

  private static final Logger LOG = LoggerFactory.getLogger(ParseLetterProcessor.class);

  private final LetterParsing parser;
  private final int deadLetterMaxBytes;
  private ProcessorContext<String, ParseOutcome> context;
  private Sensor failures;

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
    this.failures =
        context
            .metrics()
            .addRateTotalSensor(
                "imr",
                Thread.currentThread().getName(),
                "letters-failed",
                Sensor.RecordingLevel.INFO);
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
          now);
      return;
    }
    if (result instanceof ParseResult.Failure failure) {
      deadLetter(record, letterId, failure.code().name(), failure.message(), raw, now);
      return;
    }
    var letter = ((ParseResult.Success) result).letter();
    String sha256 = LetterIdentity.sha256(bytes);
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
      long now) {
    failures.record();
    LOG.warn("letter {} at {} failed: {}", letterId, raw.describe(), reason);
    context.forward(
        record
            .withKey(letterId)
            .withValue(
                ParseOutcome.of(
                    ParseFailures.of(letterId, code, reason, raw, now, deadLetterMaxBytes))));
  }
}
