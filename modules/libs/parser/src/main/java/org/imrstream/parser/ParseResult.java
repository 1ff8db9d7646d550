package org.imrstream.parser;

import java.util.Objects;

/**
 * The result of parsing one letter: a letter, or a failure with a precise reason. Never both, never
 * a guess: a letter with one unreadable decision is a failure as a whole, which still carries the
 * header read and names the decision.
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
   * @param header the letter's header as read before the failure (for reports and for finding the
   *     letter again), or null when the failure came before it was read; never a result on its own
   * @param decision the decision that could not be read, or null when the failure is not one
   *     decision's
   */
  record Failure(
      String source,
      FailureCode code,
      String message,
      LetterHeader header,
      UnreadableDecision decision)
      implements ParseResult {
    public Failure {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /** A failure that carries neither header nor decision. */
    public Failure(String source, FailureCode code, String message) {
      this(source, code, message, null, null);
    }

    /** "CODE: message", the form printed by {@code imr parse} and stored in dead letters. */
    public String reason() {
      return code + ": " + message;
    }
  }

  /**
   * A decision the parser could not read.
   *
   * @param number its 1-based position among the letter's decisions
   * @param item the item it is about as the letter names it, or null when that could not be read
   */
  record UnreadableDecision(int number, String item) {}
}
