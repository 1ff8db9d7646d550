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
  INTERNAL_ERROR
}
