package org.imrstream.parser;

import java.util.Objects;

/**
 * The result of parsing one letter: a letter, or a failure with a precise reason. Never both, never
 * a guess.
 */
public sealed interface ParseResult permits ParseResult.Success, ParseResult.Failure {

  String source();

  record Success(Letter letter) implements ParseResult {
    public Success {
      Objects.requireNonNull(letter, "letter");
    }

    @Override
    public String source() {
      return letter.source();
    }
  }

  /**
   * @param code stable machine-readable reason
   * @param message what went wrong and where (section or line)
   */
  record Failure(String source, FailureCode code, String message) implements ParseResult {
    public Failure {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /** "CODE: message", the form printed by {@code imr parse} and stored in dead letters. */
    public String reason() {
      return code + ": " + message;
    }
  }
}
