package org.imrstream.parser;

/**
 * Thrown inside the parser when a letter cannot be parsed; {@link LetterParser} turns it into a
 * failure. It may say which decision could not be read, and carry the header read before that.
 */
public final class LetterParseException extends Exception {

  private static final long serialVersionUID = 1L;
  private final FailureCode code;
  private final transient ParseResult.UnreadableDecision decision;
  private final transient LetterHeader header;

  public LetterParseException(FailureCode code, String message) {
    this(code, message, null, null);
  }

  /** A failure of one decision: {@code decision} names it. */
  public LetterParseException(
      FailureCode code, String message, ParseResult.UnreadableDecision decision) {
    this(code, message, decision, null);
  }

  private LetterParseException(
      FailureCode code,
      String message,
      ParseResult.UnreadableDecision decision,
      LetterHeader header) {
    super(message, null, false, false);
    this.code = code;
    this.decision = decision;
    this.header = header;
  }

  public FailureCode code() {
    return code;
  }

  /** The decision that could not be read, or null when the failure is not one decision's. */
  public ParseResult.UnreadableDecision decision() {
    return decision;
  }

  /** The letter's header as read before the failure, or null when it was not read. */
  public LetterHeader header() {
    return header;
  }

  /** The same failure, with the header the layout had read when it happened. */
  public LetterParseException withHeader(LetterHeader header) {
    return new LetterParseException(code, getMessage(), decision, header);
  }
}
