package org.imrstream.parser.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;

/**
 * Reads one non-MTUS citation. ODG and ACOEM are cited by chapter, then topics ("Official
 * Disability Guidelines (ODG) Knee &amp; Leg Chapter, MRI"); any other evidence (journals, web
 * pages) keeps only its year and pages.
 */
final class ChapterCitationReader {

  private static final Pattern ODG_NAME =
      Pattern.compile(
          "(?i)(?:Official Disability Guidelines?\\s*(?:\\(ODG\\))?|\\(ODG\\)|\\bODG\\b)\\s*[,:;.\\-\u2013]?\\s*");
  private static final Pattern ACOEM_NAME =
      Pattern.compile(
          "(?i)ACOEM(?:\\s+Occupational Medicine Practice "
              + "Guidelines?)?(?:\\s*,?\\s*\\d+(?:st|nd|rd|th)\\s+ed(?:ition|\\.)?)?\\s*[,:;.]?\\s*");
  private static final Pattern TOPIC_SEPARATOR =
      Pattern.compile("\\s*(?:[,/;(]|\\s-\\s|\\s\u2013\\s)\\s*");
  private static final Pattern CHAPTER_WORD =
      Pattern.compile("(?i)^\\s*(?:\\([^)]{0,80}\\)\\s*)?(?:chapter|section)?s?\\b");

  /**
   * Asides about the chapter's edition or its full title, not topics: "(updated 11/23/16)",
   * "(Online Version)", "Low Back - Lumbar &amp; Thoracic (Acute &amp; Chronic)". The last may lose
   * its opening parenthesis to the chapter's name: "Low Back (Thoracic and Lumbar, Acute and
   * Chronic) Chapter".
   */
  private static final Pattern EDITION_ASIDE =
      Pattern.compile(
          "(?i)\\((?:updated\\s[^()]{0,20}|online version|"
              + "web version)\\)|\\(?\\s*\\bacute\\s+(?:&|and)\\s+chronic\\s*\\)");

  /**
   * Words and numbers left over between topics; a page reference ("pg. 607") is read as a page
   * instead.
   */
  private static final Pattern NOT_A_TOPIC =
      Pattern.compile(
          "(?i)chapter|section|pg|page|pages|\\d+|(?:pg|pp|pages?)\\.?\\s*\\d+(?:\\s*-\\s*\\d+)?");

  private final GuidelineCatalogue catalogue;

  ChapterCitationReader(GuidelineCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@code part} read as a citation of {@code family}: ODG, ACOEM or OTHER. */
  Citation read(GuidelineFamily family, String part) {
    return switch (family) {
      case ODG -> byChapter(GuidelineFamily.ODG, part, ODG_NAME);
      case ACOEM -> byChapter(GuidelineFamily.ACOEM, part, ACOEM_NAME);
      default ->
          new Citation(
              GuidelineFamily.OTHER,
              null,
              CitationNumbers.year(part),
              List.of(),
              CitationNumbers.inlinePages(part),
              part);
    };
  }

  /**
   * The family's own name is taken out first, so that "Official Disability Guidelines" is no
   * chapter or topic.
   */
  private Citation byChapter(GuidelineFamily family, String part, Pattern familyName) {
    Matcher name = familyName.matcher(part);
    String rest =
        name.find() ? part.substring(0, name.start()) + " " + part.substring(name.end()) : part;
    rest = rest.trim();
    Optional<GuidelineCatalogue.Match> match = catalogue.find(family, rest);
    List<String> sections = new ArrayList<>();
    String document = null;
    if (match.isPresent()) {
      document = match.get().entry().document();
      // Topics follow the chapter: "Knee & Leg Chapter, MRI"; without a known chapter there is
      // nothing to anchor them.
      String after = EDITION_ASIDE.matcher(rest.substring(match.get().end())).replaceAll(" ");
      after = CHAPTER_WORD.matcher(after).replaceFirst("");
      for (String topic : TOPIC_SEPARATOR.split(after)) {
        String cleaned = CitationText.clean(topic.replace(")", ""));
        if (!cleaned.isEmpty() && !NOT_A_TOPIC.matcher(cleaned).matches()) {
          sections.add(cleaned);
        }
      }
    }
    return new Citation(
        family,
        document,
        CitationNumbers.year(part),
        sections,
        CitationNumbers.inlinePages(part),
        part);
  }
}
