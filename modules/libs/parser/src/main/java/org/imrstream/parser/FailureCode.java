package org.imrstream.parser;

/** Why a letter could not be parsed. Stable names: they travel in dead-letter records. */
public enum FailureCode {
  EMPTY,
  TOO_LARGE,
  NOT_TEXT,
  PDF_ENCRYPTED,
  PDF_DAMAGED,
  PDF_NO_TEXT,
  UNKNOWN_LAYOUT,
  NO_DECISIONS,
  MALFORMED_DECISION,
  /** The file or record could not be read at all (set by callers, not by the parser). */
  UNREADABLE,
  INTERNAL_ERROR
}
