package org.imrstream.parser;

import java.util.List;
import java.util.Objects;

/**
 * One guideline citation, parsed.
 *
 * @param family the body of guidance
 * @param document canonical document or chapter name from the catalogue, or null when not
 *     recognised
 * @param year edition year as cited (or the catalogue's only edition), or null
 * @param sections sections or topics cited, in order
 * @param pages pages cited, in order
 * @param raw the citation text as written, whitespace folded
 */
public record Citation(
    GuidelineFamily family,
    String document,
    Integer year,
    List<String> sections,
    List<String> pages,
    String raw) {

  public Citation {
    Objects.requireNonNull(family, "family");
    sections = List.copyOf(sections);
    pages = List.copyOf(pages);
    raw = raw == null ? "" : raw;
  }

  /** The counting key of this citation: {@code FAMILY: Document}, or the family alone. */
  public String key() {
    return document == null ? family.name() : family.name() + ": " + document;
  }

  public static Citation none(String raw) {
    return new Citation(GuidelineFamily.NONE, null, null, List.of(), List.of(), raw);
  }
}
