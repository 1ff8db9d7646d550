package org.imrstream.parser;

import java.util.List;
import java.util.Objects;

/** One parsed IMR determination letter. */
public record Letter(
    String source,
    Layout layout,
    LetterHeader header,
    Reviewer reviewer,
    Patient patient,
    List<Decision> decisions) {

  public Letter {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(patient, "patient");
    decisions = List.copyOf(decisions);
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("a letter has at least one decision");
    }
  }
}
