package org.imrstream.parser.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings and labels that run on in web text get their lines back; printed text is untouched. */
class RunOnLinesTest {

  @Test
  void textWithItsLineBreaksComesBackUnchanged() {
    String printed =
        """
        HOW THE IMR FINAL DETERMINATION WAS MADE
        The reviewer read the file. See the Claims Administrator guideline: it is cited below.
        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:
        Knee brace: Upheld
        Claims Administrator guideline: none
        MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.
        Decision rationale: Not medically necessary.
        """;
    assertThat(RunOnLines.splitLabels(printed)).isSameAs(printed);
  }

  @Test
  void labelsAndTheFirstItemGetTheirLinesBack() {
    assertThat(
            lines(
                "IMR ISSUES, DECISIONS AND RATIONALES\n"
                    + "The Final Determination was based on decisions for the disputed items/services"
                    + " set forth below: Knee brace: Upheld Claims Administrator guideline: none."
                    + " MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004. Decision"
                    + " rationale: Not medically necessary.\n"))
        .containsExactly(
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "The Final Determination was based on decisions for the disputed items/services set"
                + " forth below:",
            "Knee brace: Upheld",
            "Claims Administrator guideline: none.",
            "MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.",
            "Decision rationale: Not medically necessary.",
            "");
  }

  @Test
  void aLabelEndingAGuidelineWithoutFullStopStillGetsItsLine() {
    assertThat(
            lines(
                "MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Mental and Stress"
                    + " Chapter Decision rationale: Not medically necessary.\n"))
        .containsExactly(
            "MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Mental and Stress Chapter",
            "Decision rationale: Not medically necessary.",
            "");
  }

  @Test
  void headingsRunningOnGetLinesOfTheirOwn() {
    assertThat(
            lines(
                "Received: 11/29/2016 HOW THE IMR FINAL DETERMINATION WAS MADE MAXIMUS Federal"
                    + " Services sent the file.\n\n"
                    + "CLINICAL CASE SUMMARY The worker is 52. IMR ISSUES, DECISIONS AND RATIONALES\n"
                    + "Knee brace: Upheld\nMAXIMUS guideline: x.\nDecision rationale: y.\n"))
        .startsWith(
            "Received: 11/29/2016",
            "HOW THE IMR FINAL DETERMINATION WAS MADE",
            "MAXIMUS Federal Services sent the file.",
            "",
            "CLINICAL CASE SUMMARY",
            "The worker is 52.",
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "Knee brace: Upheld");
  }

  @Test
  void aHeadingGoingOnInUpperCaseOrInProseStaysPut() {
    List<String> lines =
        lines(
            "MEDICAL PROFESSIONAL REVIEW\nDOCUMENTS REVIEWED FOR DETERMINATION:\nNotes.\n"
                + "The clinical case summary was read and the documents reviewed.\n");
    assertThat(lines)
        .containsExactly(
            "MEDICAL PROFESSIONAL REVIEW",
            "DOCUMENTS REVIEWED FOR DETERMINATION:",
            "Notes.",
            "The clinical case summary was read and the documents reviewed.",
            "");
  }

  private static List<String> lines(String text) {
    Lines lines = RunOnLines.lines(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i));
    }
    return out;
  }
}
