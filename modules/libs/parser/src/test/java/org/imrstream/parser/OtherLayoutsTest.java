package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two earlier published layouts, parsed from their section structure. */
class OtherLayoutsTest {

  @Test
  void maximusFederalServicesLayout() {
    Letter letter =
        Letters.parsed(
            """
        MAXIMUS FEDERAL SERVICES, INC.
        Independent Medical Review
        Notice of Independent Medical Review Determination
        Dated: 11/04/2013
        IMR Case Number: CM13-0004321   Date of UR Decision: 7/23/2013
        Date of Injury: 2/20/2011
        IMR Application Received: 8/01/2013

        DOCUMENTS REVIEWED
        Medical records from the treating physician, 2013.

        HOW THE IMR FINAL DETERMINATION WAS MADE
        The physician reviewer is Board Certified in Family Practice, has a subspecialty in Sports Medicine and is
        licensed to practice in Illinois.

        CLINICAL CASE SUMMARY
        The claimant is a 39-year-old man with shoulder pain.

        IMR DECISION(S) AND RATIONALE(S)
        1. Twelve sessions of physical therapy for the shoulder are not medically necessary and appropriate.
        Guidelines Used by the Claims Administrator in the Utilization Review Decision:
        The Claims Administrator based its decision on the MTUS Shoulder Complaints chapter.
        Guidelines Used by the Expert Reviewer:
        Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care.
        Rationale Used by the Expert Reviewer:
        Six visits were already given without benefit. Not medically necessary.

        2. A follow-up office visit is medically necessary and appropriate.
        Guidelines Used by the Claims Administrator in the Utilization Review Decision:
        None cited.
        Guidelines Used by the Expert Reviewer:
        Decision based on MTUS General Approaches 2004, Section(s): Follow-up Visits.
        Rationale Used by the Expert Reviewer:
        Follow-up is reasonable while symptoms persist.
        """);

    assertThat(letter.layout()).isEqualTo(Layout.MAXIMUS_FEDERAL_SERVICES);
    assertThat(letter.header().caseNumber()).isEqualTo("CM13-0004321");
    assertThat(letter.header().decisionDate()).isEqualTo(LocalDate.of(2013, 11, 4));
    assertThat(letter.header().urDenialDate()).isEqualTo(LocalDate.of(2013, 7, 23));
    assertThat(letter.header().applicationReceived()).isEqualTo(LocalDate.of(2013, 8, 1));
    assertThat(letter.reviewer().specialties())
        .containsExactly("Family Practice", "Sports Medicine");
    assertThat(letter.reviewer().licensureStates()).containsExactly("Illinois");
    assertThat(letter.patient()).isEqualTo(new Patient(39, Sex.MALE));
    assertThat(letter.decisions())
        .extracting(Decision::item)
        .containsExactly(
            "Twelve sessions of physical therapy for the shoulder", "A follow-up office visit");
    assertThat(letter.decisions())
        .extracting(Decision::outcome)
        .containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(letter.decisions())
        .extracting(Decision::guideline)
        .containsExactly("MTUS: Shoulder Complaints", "MTUS: General Approaches");
    assertThat(letter.decisions().get(0).claimsAdministratorCitations())
        .extracting(Citation::key)
        .containsExactly("MTUS: Shoulder Complaints");
  }

  @Test
  void medicalProfessionalReviewLayout() {
    Letter letter =
        Letters.parsed(
            """
        MEDICAL PROFESSIONAL REVIEW
        Case Number: CM15-0100200
        Decision Date: 06/30/2015

        ISSUE AT DISPUTE:
        MRI of the cervical spine

        CASE SUMMARY:
        This 44-year-old female office worker reports neck pain.

        MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
        MTUS Neck and Upper Back Complaints 2004, Special Studies, because imaging criteria are defined there.

        RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
        There are no red flags and no neurological deficit. The MRI is not medically necessary.
        """);

    assertThat(letter.layout()).isEqualTo(Layout.MEDICAL_PROFESSIONAL_REVIEW);
    assertThat(letter.header().caseNumber()).isEqualTo("CM15-0100200");
    assertThat(letter.patient()).isEqualTo(new Patient(44, Sex.FEMALE));
    Decision decision = letter.decisions().get(0);
    assertThat(decision.item()).isEqualTo("MRI of the cervical spine");
    assertThat(decision.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(decision.guideline()).isEqualTo("MTUS: Neck and Upper Back Complaints");
  }

  @Test
  void medicalProfessionalReviewWithWrappedHeadingsAndQualificationsAtTheEnd() {
    Letter letter =
        Letters.parsed(
            """
        MEDICAL PROFESSIONAL REVIEW
        Case Number: CM14-0100300
        Decision Date: 02/11/2014

        ISSUE AT DISPUTE:
        Urine drug screen

        CASE SUMMARY:
        The claimant is a 58 year old male with chronic back pain on opioids.

        DOCUMENTS REVIEWED FOR DETERMINATION:
        Progress notes.

        MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL
        REVIEWER AND WHY:
        MTUS Chronic Pain Medical Treatment Guidelines, page 43, drug testing, which addresses the request.

        RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT
        MEDICALLY NECESSARY:
        Testing is recommended for patients on opioids. The urine drug screen is medically necessary.

        MEDICAL REVIEWER QUALIFICATIONS:
        The reviewer is Board Certified in Family Practice and is licensed to practice in Nevada.
        """);

    assertThat(letter.layout()).isEqualTo(Layout.MEDICAL_PROFESSIONAL_REVIEW);
    Decision decision = letter.decisions().get(0);
    assertThat(decision.item()).isEqualTo("Urine drug screen");
    assertThat(decision.outcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(decision.guideline()).isEqualTo("MTUS: Chronic Pain Medical Treatment Guidelines");
    assertThat(decision.reviewerCitations().get(0).pages()).containsExactly("43");
    assertThat(decision.rationale()).endsWith("is medically necessary.");
    assertThat(letter.reviewer().specialties()).containsExactly("Family Practice");
    assertThat(letter.patient()).isEqualTo(new Patient(58, Sex.MALE));
  }

  @Test
  void medicalProfessionalReviewWithoutAConclusionIsAFailureNotAGuess() {
    ParseResult.Failure failure =
        Letters.failed(
            """
        MEDICAL PROFESSIONAL REVIEW
        ISSUE AT DISPUTE:
        Massage therapy

        RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
        The notes were reviewed.
        """);
    assertThat(failure.code()).isEqualTo(FailureCode.MALFORMED_DECISION);
    assertThat(failure.message()).contains("issue 1").contains("line 2");
  }

  @Test
  void seedExcerptWithoutHeaderIsStillTheFinalDeterminationLayout() {
    Letter letter =
        Letters.parsed(
            """
        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids.
        """
                    .replace("MAXIMUS", "Hip brace: Upheld\n\nMAXIMUS")
                + "\nDecision rationale: Not medically necessary.\n");
    assertThat(letter.layout()).isEqualTo(Layout.FINAL_DETERMINATION);
    assertThat(letter.header()).isEqualTo(LetterHeader.EMPTY);
    assertThat(letter.decisions()).extracting(Decision::item).containsExactly("Hip brace");
  }
}
