package org.imrstream.pipeline.ingest;

import org.imrstream.avro.ParseFailure;

/**
 * What parsing one raw letter gave: the letter read, or the dead letter saying why not. Exactly one
 * is set; the topology branches on {@link #parsed()}.
 */
public record ParseOutcome(ParsedLetter letter, ParseFailure failure) {

  public ParseOutcome {
    if ((letter == null) == (failure == null)) {
      throw new IllegalArgumentException("a parse outcome is a letter or a failure");
    }
  }

  static ParseOutcome of(ParsedLetter letter) {
    return new ParseOutcome(letter, null);
  }

  static ParseOutcome of(ParseFailure failure) {
    return new ParseOutcome(null, failure);
  }

  public boolean parsed() {
    return letter != null;
  }
}
