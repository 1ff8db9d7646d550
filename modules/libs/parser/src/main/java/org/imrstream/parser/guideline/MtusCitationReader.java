package org.imrstream.parser.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.imrstream.parser.text.Scan;

/**
 * Reads what follows "Decision based on MTUS": one or more documents, each with its edition,
 * sections and pages. Today's wording is "Low Back Complaints 2004, Section(s): Special Studies,
 * and Chronic Pain Medical Treatment 2016, Section(s): Opioids"; older letters wrote "Chronic Pain
 * Treatment Guidelines Benzodiazepines Page(s): 24" or "ACOEM Practice Guidelines, 2nd Edition
 * (2004), Chapter 12, Low Back Complaints, page 303".
 */
final class MtusCitationReader {

  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile(",?\\s+and\\s+(?=[A-Z0-9])");
  private static final Pattern SECTIONS_LABEL =
      Pattern.compile("(?i)\\bSections?(?:\\(s\\))?\\s*:");
  private static final Pattern PAGES_LABEL = Pattern.compile("(?i)\\bPages?(?:\\(s\\))?\\s*:");
  private static final Pattern SECTION_PREFIX = Pattern.compile("(?i)^(?:guidelines?|chapter)\\s+");

  /**
   * An aside in parentheses that holds no closing parenthesis before its own (so no nesting is
   * needed).
   */
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]{0,80}\\)|\\([^()]{0,80}$");

  private final GuidelineCatalogue catalogue;

  MtusCitationReader(GuidelineCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The citations of an MTUS statement's body, one per document, in the order written. */
  List<Citation> read(String body) {
    List<Citation> out = new ArrayList<>();
    for (String fragment : documents(CitationText.stripEnd(body))) {
      out.add(citation(fragment));
    }
    return out;
  }

  /**
   * Splits "A 2004, Section(s): x, and B 2016, Section(s): y" at each ", and" that starts a new
   * document.
   */
  private List<String> documents(String text) {
    List<String> fragments = new ArrayList<>();
    Matcher m = DOCUMENT_SEPARATOR.matcher(text);
    int start = 0;
    while (text.contains(" and ") && m.find()) {
      String next = text.substring(m.end());
      // "Neck and Upper Back" and "Forearm, Wrist, and Hand" hold an "and" too: split only once the
      // document
      // before it is complete, with its year or its sections.
      String before = text.substring(start, m.start());
      boolean complete =
          Scan.year(before, 0) >= 0
              || SECTIONS_LABEL.matcher(before).find()
              || PAGES_LABEL.matcher(before).find();
      if (complete && startsDocument(next)) {
        fragments.add(text.substring(start, m.start()));
        start = m.end();
      }
    }
    fragments.add(text.substring(start));
    return fragments;
  }

  private boolean startsDocument(String text) {
    String head = text.length() > 120 ? text.substring(0, 120) : text;
    Optional<GuidelineCatalogue.Match> match = catalogue.find(GuidelineFamily.MTUS, head);
    if (match.isPresent() && match.get().start() == 0) {
      return true;
    }
    // An unknown document still reads "Name 2004, Section(s): ..."
    int sections = indexOf(SECTIONS_LABEL, head);
    int year = Scan.year(head, 0);
    return year > 0 && sections > year && head.indexOf(':') >= sections;
  }

  /**
   * One document: pages and sections are taken off the end first, then the year, and the name is
   * what is left.
   */
  private Citation citation(String fragment) {
    String raw = fragment.trim();
    String rest = raw;
    List<String> pages;
    Matcher pagesLabel = PAGES_LABEL.matcher(rest);
    if (CitationText.mayHave(rest, "age") && pagesLabel.find()) {
      pages = CitationText.list(rest.substring(pagesLabel.end()));
      rest = rest.substring(0, pagesLabel.start());
    } else {
      // Older wording puts pages inline: "Chronic Pain Medical Treatment Guidelines (May 2009),
      // page 68".
      pages = CitationNumbers.inlinePages(rest);
      if (!pages.isEmpty()) {
        rest = CitationNumbers.withoutInlinePages(rest);
      }
    }
    List<String> sections = new ArrayList<>();
    Matcher sectionsLabel = SECTIONS_LABEL.matcher(rest);
    if (CitationText.mayHave(rest, "ection") && sectionsLabel.find()) {
      sections.addAll(CitationText.list(rest.substring(sectionsLabel.end())));
      rest = rest.substring(0, sectionsLabel.start());
    }
    // "Page(s): 24, Benzodiazepines": words listed among the pages are the sections they point to.
    List<String> numbered = new ArrayList<>();
    for (String page : pages) {
      if (page.chars().anyMatch(Character::isDigit)) {
        numbered.add(page);
      } else {
        sections.add(page);
      }
    }
    int yearAt = Scan.lastYear(rest);
    Integer year = yearAt >= 0 ? Integer.valueOf(rest.substring(yearAt, yearAt + 4)) : null;
    // The document's name is what remains once the edition year and any aside in parentheses
    // ("(Effective July
    // 18, 2009)", "(May 2009)") are taken out.
    String name =
        (yearAt >= 0 ? rest.substring(0, yearAt) + " " + rest.substring(yearAt + 4) : rest).trim();
    name = CitationText.collapseBlanks(PARENTHESES.matcher(name).replaceAll(" ").trim());
    Optional<GuidelineCatalogue.Match> match = catalogue.find(GuidelineFamily.MTUS, name);
    String document;
    if (match.isPresent()) {
      GuidelineCatalogue.Entry entry = match.get().entry();
      document = entry.document();
      if (year == null) {
        year = entry.soleEdition();
      }
      // Older wording names the section after the document, without a label: "... Guidelines
      // Benzodiazepines".
      String after = CitationText.clean(name.substring(match.get().end()));
      if (sections.isEmpty()
          && !after.isEmpty()
          && !after.equalsIgnoreCase("guidelines")
          && !namesOnly(entry, after)) {
        sections.add(SECTION_PREFIX.matcher(after).replaceFirst(""));
      }
    } else {
      String cleaned = CitationText.clean(name);
      document = cleaned.chars().anyMatch(Character::isLetter) ? cleaned : null;
    }
    return new Citation(GuidelineFamily.MTUS, document, year, sections, numbered, raw);
  }

  /**
   * True when {@code text} is just another name of {@code entry}: "ACOEM Chapter 15 Stress Related
   * Conditions".
   */
  private boolean namesOnly(GuidelineCatalogue.Entry entry, String text) {
    Optional<GuidelineCatalogue.Match> again = catalogue.find(GuidelineFamily.MTUS, text);
    return again.isPresent()
        && again.get().entry().equals(entry)
        && again.get().start() == 0
        && CitationText.clean(text.substring(again.get().end())).isEmpty();
  }

  private static int indexOf(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.start() : -1;
  }
}
