package org.imrstream.pipeline;

import java.nio.charset.StandardCharsets;
import org.imrstream.testkit.TestLetters;

/**
 * Test letters whose header states exactly the lines given (e.g. only "Date Assigned: 02/10/2017"),
 * to exercise the event-time fallbacks; the body is {@link TestLetters}'.
 */
final class HeaderLetters {

  private HeaderLetters() {}

  /**
   * A letter with {@code caseNumber} (null: none, identity is then the SHA-256 of its bytes), then
   * {@code headerLines}, then one decision per item of {@code items} under {@code guideline}.
   */
  static byte[] letter(
      String caseNumber, String headerLines, String guideline, String[] items, String[] outcomes) {
    String body =
        new String(
            TestLetters.letter(null, null, guideline, items, outcomes), StandardCharsets.UTF_8);
    String header = (caseNumber == null ? "" : "Case Number: " + caseNumber + "\n") + headerLines;
    return (header + body).getBytes(StandardCharsets.UTF_8);
  }

  /** A letter with one decision and no date at all, made unique by {@code item}. */
  static byte[] undated(String caseNumber, String item, String outcome) {
    return letter(
        caseNumber, "", TestLetters.LOW_BACK, new String[] {item}, new String[] {outcome});
  }
}
