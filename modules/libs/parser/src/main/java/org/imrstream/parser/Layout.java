package org.imrstream.parser;

/** The published letter layouts the parser recognises. */
public enum Layout {
  /**
   * 2014 onwards: "HOW THE IMR FINAL DETERMINATION WAS MADE" ... "IMR ISSUES, DECISIONS AND
   * RATIONALES".
   */
  FINAL_DETERMINATION,
  /**
   * Early letters: "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" ... "IMR DECISION(S)
   * AND RATIONALE(S)".
   */
  MAXIMUS_FEDERAL_SERVICES,
  /** "MEDICAL PROFESSIONAL REVIEW" ... "ISSUE AT DISPUTE:" ... "RATIONALE FOR WHY ...". */
  MEDICAL_PROFESSIONAL_REVIEW
}
