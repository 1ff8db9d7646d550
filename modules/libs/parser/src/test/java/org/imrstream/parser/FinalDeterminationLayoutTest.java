package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinalDeterminationLayoutTest {

  @Test
  void readsHeaderReviewerPatientAndEveryDecision() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Lumbar brace: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.

        Decision rationale: Braces do not help beyond the acute phase. The brace is not medically necessary.

        Tramadol 50mg #60: Overturned

        Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.

        MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): 2. Opioids for Subacute Pain.

        Decision rationale: Function improved on the drug. The request is medically necessary.
        """));

    assertThat(letter.layout()).isEqualTo(Layout.FINAL_DETERMINATION);
    assertThat(letter.header())
        .isEqualTo(
            new LetterHeader(
                "CM17-0123456",
                LocalDate.of(2017, 3, 1),
                LocalDate.of(2017, 3, 29),
                LocalDate.of(2012, 5, 14),
                LocalDate.of(2017, 2, 10),
                LocalDate.of(2017, 2, 20),
                "Standard"));
    assertThat(letter.reviewer().licensureStates()).containsExactly("Oregon", "California");
    assertThat(letter.reviewer().specialties())
        .containsExactly("Orthopaedic Surgery", "Sports Medicine");
    assertThat(letter.patient()).isEqualTo(new Patient(52, Sex.MALE));

    assertThat(letter.decisions())
        .extracting(Decision::item)
        .containsExactly("Lumbar brace", "Tramadol 50mg #60");
    assertThat(letter.decisions())
        .extracting(Decision::outcome)
        .containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(letter.decisions())
        .extracting(Decision::guideline)
        .containsExactly("MTUS: Low Back Complaints", "MTUS: Opioids Treatment Guidelines");
    Decision second = letter.decisions().get(1);
    assertThat(second.claimsAdministratorCitations())
        .extracting(Citation::family)
        .containsExactly(GuidelineFamily.NONE);
    assertThat(second.reviewerCitations().get(0).sections())
        .containsExactly("2. Opioids for Subacute Pain");
    assertThat(second.rationale())
        .isEqualTo("Function improved on the drug. The request is medically necessary.");
  }

  @Test
  void outcomeOnTheLineAfterTheItemAndNoBlankLines() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Additional physical therapy twice a week for four weeks for the lumbar spine and both
        knees:
        Upheld
        Claims Administrator guideline: The Claims Administrator did not cite any medical evidence
        for its decision.
        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Physical medicine treatment.
        Decision rationale: Home exercise suffices. The request is not medically necessary.
        Topical cream:
        Overturned
        Claims Administrator guideline: The Claims Administrator did not cite any medical evidence.
        MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.
        Decision rationale: The request is medically necessary.
        """));

    assertThat(letter.decisions())
        .extracting(Decision::item)
        .containsExactly(
            "Additional physical therapy twice a week for four weeks for the lumbar spine and both knees",
            "Topical cream");
    assertThat(letter.decisions())
        .extracting(Decision::outcome)
        .containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
    assertThat(letter.decisions().get(0).rationale()).endsWith("not medically necessary.");
    assertThat(letter.decisions().get(1).guideline()).isEqualTo("NONE");
    assertThat(letter.decisions().get(1).guidelineFamily()).isEqualTo(GuidelineFamily.NONE);
  }

  @Test
  void partialCertificationNamesTheRemainingPortion() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Naproxen 550mg #90 was the original request. Naproxen 550mg #60 was authorized by the Claims
        Administrator. The remaining IMR eligible portion of the original request, Naproxen 550mg #30
        is: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs.

        Decision rationale: Sixty tablets cover the need. The remaining thirty are not medically necessary.
        """));

    Decision decision = letter.decisions().get(0);
    assertThat(decision.item()).isEqualTo("Naproxen 550mg #30");
    assertThat(decision.originalRequest()).isEqualTo("Naproxen 550mg #90");
    assertThat(decision.authorizedPortion()).isEqualTo("Naproxen 550mg #60");
    assertThat(decision.isPartialCertification()).isTrue();
    assertThat(decision.outcome()).isEqualTo(Outcome.UPHELD);
  }

  @Test
  void partialCertificationWithoutBlankLineAfterThePreviousRationale() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Knee MRI: Upheld
        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.
        MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.
        Decision rationale: No red flags were documented. The MRI is not medically
        necessary.
        Acupuncture 12 sessions was the original request. Acupuncture 6 sessions was authorized by
        the Claims Administrator. The remaining IMR eligible portion of the original request,
        Acupuncture 6 sessions is: Overturned
        Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment 2007.
        MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment 2007.
        Decision rationale: Function improved. The request is medically necessary.
        """));

    assertThat(letter.decisions()).hasSize(2);
    assertThat(letter.decisions().get(0).rationale())
        .isEqualTo("No red flags were documented. The MRI is not medically necessary.");
    Decision partial = letter.decisions().get(1);
    assertThat(partial.item()).isEqualTo("Acupuncture 6 sessions");
    assertThat(partial.originalRequest()).isEqualTo("Acupuncture 12 sessions");
    assertThat(partial.authorizedPortion()).isEqualTo("Acupuncture 6 sessions");
    assertThat(partial.guideline()).isEqualTo("MTUS: Acupuncture Medical Treatment Guidelines");
  }

  @Test
  void proseCredentials() {
    Letter letter =
        Letters.parsed(
            """
        HOW THE IMR FINAL DETERMINATION WAS MADE
        The expert reviewer is Board Certified in Anesthesiology, has a subspecialty in Pain Medicine and is
        licensed to practice in California and Texas. He or she has no affiliation with the parties.

        CLINICAL CASE SUMMARY
        The injured worker is a woman aged 61. The patient is a 61 year old female clerk.

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Lidocaine patch: Upheld

        Claims Administrator guideline: none

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Lidoderm.

        Decision rationale: Not a first-line option. Not medically necessary.
        """);

    assertThat(letter.reviewer().specialties()).containsExactly("Anesthesiology", "Pain Medicine");
    assertThat(letter.reviewer().licensureStates()).containsExactly("California", "Texas");
    assertThat(letter.patient()).isEqualTo(new Patient(61, Sex.FEMALE));
    assertThat(letter.header()).isEqualTo(LetterHeader.EMPTY);
  }

  @Test
  void multiDocumentGuidelinesKeepEveryCitationAndCountOnTheFirstMtusOne() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Cervical epidural injection: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)
        Neck and Upper Back Chapter, Epidural steroid injection.

        MAXIMUS guideline: Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Summary,
        and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary, and Chronic Pain
        Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs). Decision based on Non-MTUS
        Citation Official Disability Guidelines (ODG) Knee & Leg Chapter, MRI.

        Decision rationale: No radiculopathy on examination. Not medically necessary.
        """));

    Decision decision = letter.decisions().get(0);
    assertThat(decision.reviewerCitations())
        .extracting(Citation::key)
        .containsExactly(
            "MTUS: Neck and Upper Back Complaints", "MTUS: Forearm, Wrist, and Hand Complaints",
            "MTUS: Chronic Pain Medical Treatment Guidelines", "ODG: Knee and Leg");
    assertThat(decision.reviewerCitations().get(1).sections())
        .containsExactly("Special Studies", "Summary");
    assertThat(decision.reviewerCitations().get(2).year()).isEqualTo(2016);
    assertThat(decision.reviewerCitations().get(3).sections()).containsExactly("MRI");
    assertThat(decision.guideline()).isEqualTo("MTUS: Neck and Upper Back Complaints");
    assertThat(decision.claimsAdministratorCitations())
        .extracting(Citation::key)
        .containsExactly("ODG: Neck and Upper Back");
  }

  @Test
  void windowsLineEndsAndNonBreakingSpacesReadLikePlainText() {
    String letter =
        Letters.finalDetermination(
                """
        Lumbar\u00a0brace: Upheld

        Claims Administrator guideline: none

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

        Decision rationale: Not medically necessary.
        """)
            .replace("\n", "\r\n");
    assertThat(Letters.parsed(letter).decisions().get(0).item()).isEqualTo("Lumbar brace");
  }

  @Test
  void anItemSplitByAPageBreakStaysWhole() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Knee MRI: Upheld

        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.

        MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.

        Decision rationale: No red flags were documented. The MRI is not medically necessary.

        Physical therapy 12 sessions was the original request. Physical therapy 6 sessions was authorized by the
        Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy to



        the low back 6 sessions is: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

        Decision rationale: No functional gains were recorded. Not medically necessary.
        """));

    Decision partial = letter.decisions().get(1);
    assertThat(partial.item()).isEqualTo("Physical therapy to the low back 6 sessions");
    assertThat(partial.originalRequest()).isEqualTo("Physical therapy 12 sessions");
    assertThat(letter.decisions().get(0).rationale())
        .isEqualTo("No red flags were documented. The MRI is not medically necessary.");
  }

  @Test
  void aPageFooterBetweenTheOutcomeAndItsLabelsIsSkipped() {
    Letter letter =
        Letters.parsed(
            Letters.finalDetermination(
                """
        Knee brace: Overturned

        Page 3 of 5
        CM17-0123456

        Claims Administrator guideline: none

        MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.

        Decision rationale: The brace is medically necessary.
        """));
    assertThat(letter.decisions()).extracting(Decision::item).containsExactly("Knee brace");
    assertThat(letter.decisions().get(0).outcome()).isEqualTo(Outcome.OVERTURNED);
  }
}
