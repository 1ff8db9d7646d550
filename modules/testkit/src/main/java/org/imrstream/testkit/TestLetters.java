package org.imrstream.testkit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small letters in the final determination layout, written for the topology tests. */
public final class TestLetters {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private TestLetters() {}

  /**
   * One decision per {@code items[i]} with {@code outcomes[i]} ("Upheld"/"Overturned") under {@code
   * guideline}.
   */
  public static byte[] letter(
      String caseNumber,
      LocalDate decisionDate,
      String guideline,
      String[] items,
      String[] outcomes) {
    StringBuilder text = new StringBuilder();
    if (caseNumber != null) {
      text.append("Case Number: ").append(caseNumber).append('\n');
    }
    if (decisionDate != null) {
      text.append("Decision Date: ")
          .append(decisionDate.format(US))
          .append(" UR Denial Date: 01/02/2015\n");
    }
    text.append("\nIMR ISSUES, DECISIONS AND RATIONALES\n");
    text.append(
        "The Final Determination was based on decisions for the disputed items/services set forth below:\n\n");
    for (int i = 0; i < items.length; i++) {
      text.append(items[i])
          .append(": ")
          .append(outcomes[i])
          .append("\n\n")
          .append(
              "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence.\n\n")
          .append("MAXIMUS guideline: ")
          .append(guideline)
          .append("\n\n")
          .append("Decision rationale: Reviewed. The request is ")
          .append(outcomes[i].equals("Upheld") ? "not " : "")
          .append("medically necessary.\n\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static final String LOW_BACK =
      "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.";
  public static final String CHRONIC_PAIN =
      "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.";
}
