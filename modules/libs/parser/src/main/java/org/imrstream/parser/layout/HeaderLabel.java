package org.imrstream.parser.layout;

import java.util.List;

/**
 * The labels of a letter's header, each with the ways letters write it and the kind of value it
 * takes. Knowing the kind is what lets a value be given to a label with certainty, wherever the
 * extraction put it.
 */
enum HeaderLabel {
  CASE_NUMBER(
      ValueKind.CASE_NUMBER, "IMR Case Number", "Case Number", "Case No.", "Case No", "Case #"),
  DATE_ASSIGNED(ValueKind.DATE, "Date Assigned"),
  DECISION_DATE(
      ValueKind.DATE, "Decision Date", "Date of IMR Decision", "Date of Decision", "Dated"),
  DATE_OF_INJURY(ValueKind.DATE, "Date of Injury"),
  UR_DENIAL_DATE(ValueKind.DATE, "UR Denial Date", "Date of UR Decision", "Date of UR Denial"),
  APPLICATION_RECEIVED(
      ValueKind.DATE, "IMR Application Received", "Application Received", "Received"),
  PRIORITY(ValueKind.WORDS, "Priority");

  /** What a label's value looks like. */
  enum ValueKind {
    /** "CM16-0230651". */
    CASE_NUMBER,
    /** "01/09/2017", a real calendar date. */
    DATE,
    /** A few words, e.g. "Standard". */
    WORDS
  }

  private final ValueKind kind;
  private final List<String> phrasings;

  HeaderLabel(ValueKind kind, String... phrasings) {
    this.kind = kind;
    this.phrasings = List.of(phrasings);
  }

  ValueKind kind() {
    return kind;
  }

  /** The ways letters write the label, longest first so that the longest one wins. */
  List<String> phrasings() {
    return phrasings;
  }

  /** The case number alone may go without its colon ("Case #CM13-0004321"). */
  boolean colonOptional() {
    return this == CASE_NUMBER;
  }
}
