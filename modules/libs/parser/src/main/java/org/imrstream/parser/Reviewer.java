package org.imrstream.parser;

import java.util.List;

/**
 * The expert reviewer's credentials: states of licensure and specialties or board certifications.
 */
public record Reviewer(List<String> licensureStates, List<String> specialties) {

  public static final Reviewer UNKNOWN = new Reviewer(List.of(), List.of());

  public Reviewer {
    licensureStates = List.copyOf(licensureStates);
    specialties = List.copyOf(specialties);
  }
}
