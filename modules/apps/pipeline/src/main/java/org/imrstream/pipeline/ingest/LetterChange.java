package org.imrstream.pipeline.ingest;

/**
 * A letter that changes the results: a new letter ({@code previous} null) or an amendment of the
 * version counted before. A letter re-sent with the same bytes changes nothing and makes no
 * LetterChange.
 *
 * @param previous what was counted for the earlier version, or null
 * @param current the letter as now read
 */
public record LetterChange(LetterVersion previous, ParsedLetter current) {

  public boolean amends() {
    return previous != null;
  }
}
