package org.imrstream.parser;

/**
 * Parses the bytes of one IMR letter, UTF-8 text or PDF, into a {@link Letter}; or says precisely why it cannot.
 * Thread-safe and stateless: one instance serves a whole application.
 */
public final class LetterParser {

  /** Travels with every event, so that a replay with a better parser can be told apart. */
  public static final String VERSION = "1.0.0";

  public ParseResult parse(byte[] bytes, String source) {
    throw new UnsupportedOperationException("not yet");
  }

  public ParseResult parseText(String text, String source) {
    throw new UnsupportedOperationException("not yet");
  }
}
