package org.imrstream.parser;

/** The body of guidance a citation belongs to. */
public enum GuidelineFamily {
  /** California's Medical Treatment Utilization Schedule (including its ACOEM-based chapters). */
  MTUS,
  /** Official Disability Guidelines, cited by chapter. */
  ODG,
  /** ACOEM practice guidelines cited outside the MTUS. */
  ACOEM,
  /** Any other evidence: journals, web pages, other guidelines. */
  OTHER,
  /** The reviewer cited nothing. */
  NONE
}
