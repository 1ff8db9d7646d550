package org.imrstream.testkit;

import java.nio.file.Path;
import java.util.List;

/** One line of the corpus's expected.jsonl: what a correct parse of that letter yields. */
public record ExpectedLetter(
    Path file, String caseNumber, String decisionDate, List<ExpectedDecision> decisions) {

  /**
   * @param outcome UPHELD or OVERTURNED; {@code maximusGuideline} is whitespace folded
   */
  public record ExpectedDecision(String item, String outcome, String maximusGuideline) {}

  public String fileName() {
    return file.getFileName().toString();
  }
}
