package org.imrstream.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A synthetic letter and its truth: what a correct parse of {@code text} must find. The enums
 * mirror the parser's (same constant names) without depending on it, so that a test can compare
 * them by name.
 *
 * @param fileName {@code GEN-<caseNumber>.txt}
 * @param text the letter, as PDFBox would extract it from a published PDF
 * @param layout which published layout it follows
 * @param caseNumber its case number, unique among the letters of one generator
 * @param dates its dates; the layouts other than the final determination print only some of them
 * @param patient what the case summary states of the patient
 * @param reviewer the expert reviewer's credentials as printed
 * @param decisions the truth of each decision, in letter order
 */
public record GeneratedLetter(
    String fileName,
    String text,
    Layout layout,
    String caseNumber,
    CaseDates dates,
    Patient patient,
    Reviewer reviewer,
    List<Truth> decisions) {

  public GeneratedLetter {
    Objects.requireNonNull(text, "text");
    decisions = List.copyOf(decisions);
  }

  public LocalDate decisionDate() {
    return dates.decided();
  }

  public enum Layout {
    FINAL_DETERMINATION,
    MAXIMUS_FEDERAL_SERVICES,
    MEDICAL_PROFESSIONAL_REVIEW
  }

  public enum Outcome {
    UPHELD,
    OVERTURNED
  }

  /** The body of guidance of the reviewer's first citation. */
  public enum Family {
    MTUS,
    ODG,
    ACOEM,
    OTHER,
    NONE
  }

  public enum Sex {
    MALE,
    FEMALE
  }

  /**
   * @param sex null when the summary does not say
   */
  public record Patient(int age, Sex sex) {}

  public record Reviewer(List<String> licensureStates, List<String> specialties) {
    public Reviewer {
      licensureStates = List.copyOf(licensureStates);
      specialties = List.copyOf(specialties);
    }
  }

  /**
   * @param item the item as a parser must report it: for partial certifications, the remaining IMR
   *     eligible portion, or the original request when all of it stays eligible
   * @param outcome upheld or overturned
   * @param family the family of the reviewer's first citation
   * @param mtusDocument the canonical MTUS document of that citation when the family is MTUS, else
   *     null
   * @param originalRequest partial certifications: the original request, else null
   * @param authorizedPortion partial certifications: what the claims administrator authorized, else
   *     null
   * @param reviewerGuideline the reviewer's guideline paragraph, on one line
   * @param rationale the decision rationale, on one line; its last sentence states the outcome
   */
  public record Truth(
      String item,
      Outcome outcome,
      Family family,
      String mtusDocument,
      String originalRequest,
      String authorizedPortion,
      String reviewerGuideline,
      String rationale) {

    public boolean isPartialCertification() {
      return originalRequest != null;
    }
  }
}
