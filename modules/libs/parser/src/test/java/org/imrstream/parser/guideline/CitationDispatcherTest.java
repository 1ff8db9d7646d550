package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CitationDispatcherTest {

  private final CitationDispatcher dispatcher =
      new CitationDispatcher(GuidelineCatalogue.standard());

  @Test
  void splitsAtEachDecisionBasedOnAndDropsThePreamble() {
    assertThat(
            CitationDispatcher.statements(
                "The Expert Reviewer based their decision on recommendation(s) outside "
                    + "of the MTUS Guidelines. Decision based on MTUS Knee Complaints 2004. "
                    + "decision based on Non-MTUS Citation "
                    + "ODG Knee"))
        .containsExactly(
            "Decision based on MTUS Knee Complaints 2004.",
            "decision based on Non-MTUS Citation ODG Knee");
    assertThat(CitationDispatcher.statements("The reviewer relied on the MTUS.")).isEmpty();
    assertThat(CitationDispatcher.statements("Indecision based on nothing"))
        .as("whole words only")
        .isEmpty();
  }

  @Test
  void eachStatementGoesToItsReaderInOrder() {
    List<Citation> citations =
        dispatcher.parse(
            "Decision based on Non-MTUS Citation Green's Operative Hand "
                + "Surgery. Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. "
                + "Decision based on "
                + "Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg Chapter, MRI.");
    assertThat(citations)
        .extracting(Citation::key)
        .containsExactly("OTHER", "MTUS: Knee Complaints", "ODG: Knee and Leg");
  }

  @Test
  void theFamilyOfANonMtusCitationIsTheBodyItNames() {
    assertThat(CitationDispatcher.family("Official Disability Guidelines, Pain"))
        .isEqualTo(GuidelineFamily.ODG);
    assertThat(CitationDispatcher.family("odg knee")).isEqualTo(GuidelineFamily.ODG);
    assertThat(CitationDispatcher.family("ACOEM Hip and Groin Chapter"))
        .isEqualTo(GuidelineFamily.ACOEM);
    assertThat(CitationDispatcher.family("www.mdguidelines.com")).isEqualTo(GuidelineFamily.OTHER);
  }

  @Test
  void aNonMtusStatementMayCiteSeveralSources() {
    assertThat(
            dispatcher.parse(
                "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back "
                    + "Chapter, Preoperative lab testing and Other Medical Treatment Guidelines www.mdguidelines.com."))
        .extracting(Citation::family)
        .containsExactly(GuidelineFamily.ODG, GuidelineFamily.OTHER);
    assertThat(
            dispatcher.parse(
                "Decision based on Non-MTUS Citation Part Two, Behavioral Interventions; see also "
                    + "ODG Mental Illness and Stress Chapter, Psychotherapy"))
        .extracting(Citation::key)
        .containsExactly("OTHER", "ODG: Mental Illness and Stress");
  }

  @Test
  void freeWordingNamingTheMtusIsAnMtusCitation() {
    assertThat(
            dispatcher.parse(
                "The reviewer relied on the California MTUS Chronic Pain Medical Treatment "
                    + "Guidelines."))
        .extracting(Citation::key)
        .containsExactly("MTUS: Chronic Pain Medical Treatment Guidelines");
    assertThat(
            dispatcher.parse(
                "The Expert Reviewer did not base their decision on the MTUS. Decision based on "
                    + "Non-MTUS Citation Official Disability Guidelines (ODG)"))
        .as("the negated MTUS is a preamble")
        .extracting(Citation::key)
        .containsExactly("ODG");
  }

  @Test
  void nothingCitedIsOneNoneCitationAndNothingWrittenIsNone() {
    List<Citation> none =
        dispatcher.parse(
            "The Claims Administrator did not cite any medical evidence for its " + "decision.");
    assertThat(none).extracting(Citation::family).containsExactly(GuidelineFamily.NONE);
    assertThat(none.get(0).raw()).startsWith("The Claims Administrator");
    assertThat(dispatcher.parse(null)).isEmpty();
    assertThat(dispatcher.parse(" \n")).isEmpty();
  }

  @Test
  void theResultIsImmutable() {
    List<Citation> citations = dispatcher.parse("Decision based on MTUS Knee Complaints 2004.");
    assertThat(citations).isUnmodifiable();
  }

  @Test
  @Timeout(10)
  void aHostileParagraphCostsBoundedTime() {
    String hostile =
        "Decision based on MTUS "
            + "Neck and (Upper, and Back 2004, Section(s): a, and ".repeat(50_000);
    long start = System.nanoTime();
    dispatcher.parse(hostile);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
