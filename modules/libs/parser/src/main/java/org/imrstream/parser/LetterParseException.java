package org.imrstream.parser;

/**
 * Thrown inside the parser when a letter cannot be parsed; {@link LetterParser} turns it into a
 * failure.
 */
public final class LetterParseException extends Exception {

  private static final long serialVersionUID = 1L;
  private final FailureCode code;

  public LetterParseException(FailureCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public FailureCode code() {
    return code;
  }
}
