package org.imrstream.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic letter and what a correct parse of it must find.
 *
 * @param fileName     {@code GEN-<caseNumber>.txt}
 * @param text         the letter
 * @param caseNumber   its case number
 * @param decisionDate its decision date
 * @param decisions    the truth of each decision, in letter order
 */
public record GeneratedLetter(String fileName, String text, String caseNumber, LocalDate decisionDate,
    List<Truth> decisions) {

  /**
   * @param item         the item as a parser must report it (for partial certifications, the remaining portion)
   * @param outcome      UPHELD or OVERTURNED
   * @param family       MTUS, ODG, ACOEM, OTHER or NONE
   * @param mtusDocument the canonical MTUS document when the family is MTUS, else null
   */
  public record Truth(String item, String outcome, String family, String mtusDocument) {}
}
