package org.imrstream.parser;

/**
 * Turns the bytes of one letter into a parse result. {@link LetterParser} is the implementation;
 * the topology depends on this interface only.
 */
@FunctionalInterface
public interface LetterParsing {

  ParseResult parse(byte[] bytes, String source);
}
