package org.imrstream.parser;

import org.imrstream.parser.guideline.CitationParser;
import org.imrstream.parser.layout.LayoutParser;
import org.imrstream.parser.text.LetterText;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Parses the bytes of one IMR letter, UTF-8 text or PDF, into a {@link Letter}; or says precisely
 * why it cannot. Never throws: every problem, including a bug of ours, ends in a {@link
 * ParseResult.Failure}. Thread-safe and stateless: one instance serves a whole application.
 */
public final class LetterParser implements LetterParsing {

  /** Travels with every event, so that a replay with a better parser can be told apart. */
  public static final String VERSION = "1.0.0";

  private final LetterText text;
  private final LayoutParser layouts;

  public LetterParser() {
    this(new LetterText());
  }

  public LetterParser(LetterText text) {
    this(text, new CitationParser());
  }

  /** With a given citation parser, e.g. one without its cache of recurring guideline paragraphs. */
  public LetterParser(LetterText text, CitationParser citations) {
    this.text = text;
    this.layouts = new LayoutParser(citations);
  }

  @Override
  public ParseResult parse(byte[] bytes, String source) {
    try {
      return parseNormalized(text.extract(bytes), source);
    } catch (LetterParseException e) {
      return failure(source, e);
    } catch (RuntimeException | StackOverflowError e) {
      // A StackOverflowError comes from this letter's shape (a pattern recursing on it); an
      // OutOfMemoryError is not
      // caught: it says as much about the JVM as about the letter, and dead-lettering a good letter
      // for it would
      // lose it. The Streams task fails instead and the letter is read again.
      return internalError(source, e);
    }
  }

  /**
   * The header of a letter's text, read as {@link #parseText} reads it, without the rest: for a
   * letter's identity (its case number), whatever tool extracted the text. Empty fields where the
   * text states none with certainty.
   */
  public static LetterHeader header(String letterText) {
    if (letterText == null || letterText.isBlank()) {
      return LetterHeader.EMPTY;
    }
    try {
      return LayoutParser.header(TextNormalizer.normalize(letterText));
    } catch (RuntimeException | StackOverflowError e) {
      // Like parse, never throws: a header that cannot be read is an empty one.
      return LetterHeader.EMPTY;
    }
  }

  public ParseResult parseText(String letterText, String source) {
    if (letterText == null || letterText.isBlank()) {
      return new ParseResult.Failure(source, FailureCode.EMPTY, "the letter is empty");
    }
    try {
      return parseNormalized(TextNormalizer.normalize(letterText), source);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(source, e);
    }
  }

  private ParseResult parseNormalized(String normalized, String source) {
    try {
      return new ParseResult.Success(layouts.parse(normalized, source));
    } catch (LetterParseException e) {
      return failure(source, e);
    }
  }

  private static ParseResult failure(String source, LetterParseException e) {
    return new ParseResult.Failure(source, e.code(), e.getMessage(), e.header(), e.decision());
  }

  private static ParseResult internalError(String source, Throwable e) {
    return new ParseResult.Failure(
        source,
        FailureCode.INTERNAL_ERROR,
        "parser bug, please report: " + e.getClass().getName() + ": " + e.getMessage());
  }
}
