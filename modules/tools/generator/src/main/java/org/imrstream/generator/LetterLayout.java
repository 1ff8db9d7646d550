package org.imrstream.generator;

/** Prints a case file in one of the published letter layouts. */
interface LetterLayout {

  String write(CaseFile file);

  /** Whether the layout can state a partial certification. */
  default boolean statesPartialCertifications() {
    return false;
  }

  /** How many decisions the layout can hold. */
  default int maxDecisions() {
    return Integer.MAX_VALUE;
  }
}
