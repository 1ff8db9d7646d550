package org.imrstream.parser;

import java.time.LocalDate;

/** The header block of a letter. Every field is optional: excerpts have no header at all. */
public record LetterHeader(
    String caseNumber,
    LocalDate dateAssigned,
    LocalDate decisionDate,
    LocalDate dateOfInjury,
    LocalDate urDenialDate,
    LocalDate applicationReceived,
    String priority) {

  public static final LetterHeader EMPTY =
      new LetterHeader(null, null, null, null, null, null, null);
}
