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
 * Parses a guideline paragraph ("Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.
 * Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ...") into structured citations.
 *
 * <p>All patterns here are linear: no nested quantifiers, and the input is capped, so a hostile paragraph costs
 * bounded time.
 */
public final class CitationParser {

  /** A guideline paragraph is a few hundred characters; a longer one is cut before parsing (raw text stays whole). */
  static final int MAX_PARSED_LENGTH = 8_000;

  private static final Pattern NON_MTUS_STATEMENT =
      Pattern.compile("(?i)^Decision based on\\s+(?:the\\s+)?Non\\s?-?\\s?MTUS(?:\\s+Citations?)?\\s*:?\\s*");
  private static final Pattern MTUS_STATEMENT =
      Pattern.compile("(?i)^Decision based on\\s+(?:the\\s+)?(?:California\\s+|CA\\s+)?MTUS\\b\\s*:?\\s*");
  private static final Pattern NO_EVIDENCE = Pattern.compile(
      "(?i)\\b(?:did not cite any|did not cite|no medical evidence|no guidelines? (?:was|were) cited|cited no)\\b");
  private static final Pattern MTUS_MENTION = Pattern.compile("(?<![-\\w])MTUS\\b(?!\\s+Guidelines\\.)");
  private static final Pattern NEGATED_MTUS = Pattern.compile("(?i)(?:outside of|not base their decision on|not based on) the MTUS");
  private static final Pattern OTHER_GUIDELINES = Pattern.compile("(?i)\\s*\\band Other Medical Treatment Guidelines?\\b\\s*");
  private static final Pattern SEE_ALSO = Pattern.compile("(?i)\\s*;\\s*see also\\s+");
  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile(",?\\s+and\\s+(?=[A-Z0-9])");
  private static final Pattern SECTIONS_LABEL = Pattern.compile("(?i)\\bSections?(?:\\(s\\))?\\s*:");
  private static final Pattern PAGES_LABEL = Pattern.compile("(?i)\\bPages?(?:\\(s\\))?\\s*:");
  private static final Pattern INLINE_PAGES = Pattern.compile("(?i)\\b(?:pg|pp|pages?)\\.?\\s+(\\d+(?:\\s*-\\s*\\d+)?)");
  private static final Pattern ODG_NAME =
      Pattern.compile("(?i)(?:Official Disability Guidelines?\\s*(?:\\(ODG\\))?|\\(ODG\\)|\\bODG\\b)\\s*[,:;.\\-\u2013]?\\s*");
  private static final Pattern ACOEM_NAME = Pattern.compile(
      "(?i)ACOEM(?:\\s+Occupational Medicine Practice Guidelines?)?(?:\\s*,?\\s*\\d+(?:st|nd|rd|th)\\s+ed(?:ition|\\.)?)?\\s*[,:;.]?\\s*");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern TOPIC_SEPARATOR = Pattern.compile("\\s*(?:[,/;(]|\\s-\\s|\\s\u2013\\s)\\s*");

  private static final Pattern DECISION_BASED_ON = Pattern.compile("(?i)^Decision based on\\s*");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;])\\s+(?=[A-Z])");
  private static final Pattern AFTER_MTUS = Pattern.compile("^\\s*(?:Guidelines?\\s*)?[,:(]?\\s*");
  private static final Pattern SECTION_PREFIX = Pattern.compile("(?i)^(?:guidelines?|chapter)\\s+");
  private static final Pattern CHAPTER_WORD =
      Pattern.compile("(?i)^\\s*(?:\\([^)]{0,80}\\)\\s*)?(?:chapter|section)?s?\\b");
  /** An aside in parentheses that holds no closing parenthesis before its own (so no nesting is needed). */
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]{0,80}\\)|\\([^()]{0,80}$");
  private static final Pattern NOT_A_TOPIC = Pattern.compile("(?i)chapter|section|pg|page|pages|\\d+");

  /** Distinct paragraphs remembered by default: guideline paragraphs are template sentences that recur. */
  public static final int DEFAULT_CACHE_SIZE = 4096;

  private final GuidelineCatalogue catalogue;
  private final int cacheSize;
  private final java.util.concurrent.ConcurrentHashMap<String, List<Citation>> cache;

  /**
   * @param cacheSize how many distinct paragraphs to remember (0: none). Parsing is a pure function of the
   *                  paragraph and citations are immutable, so a remembered result is the result.
   */
  public CitationParser(GuidelineCatalogue catalogue, int cacheSize) {
    this.catalogue = catalogue;
    this.cacheSize = cacheSize;
    this.cache = new java.util.concurrent.ConcurrentHashMap<>();
  }

  public CitationParser() {
    this(GuidelineCatalogue.standard(), DEFAULT_CACHE_SIZE);
  }

  /**
   * The citations of one guideline paragraph, in the order written. A paragraph that says no evidence was cited
   * gives one {@link GuidelineFamily#NONE} citation; a null or blank paragraph gives none.
   */
  public List<Citation> parse(String paragraph) {
    if (paragraph == null || paragraph.isBlank()) {
      return List.of();
    }
    if (cacheSize <= 0) {
      return parseUncached(paragraph);
    }
    List<Citation> known = cache.get(paragraph);
    if (known != null) {
      return known;
    }
    List<Citation> parsed = parseUncached(paragraph);
    if (cache.size() >= cacheSize) {
      cache.clear(); // crude but bounded: a new working set fills it again
    }
    cache.put(paragraph, parsed);
    return parsed;
  }

  private List<Citation> parseUncached(String paragraph) {
    String text = paragraph.length() > MAX_PARSED_LENGTH ? paragraph.substring(0, MAX_PARSED_LENGTH) : paragraph;
    List<Citation> citations = new ArrayList<>();
    List<String> statements = statements(text);
    if (statements.isEmpty()) {
      parseFreeText(text, citations);
    } else {
      for (String statement : statements) {
        Matcher nonMtus = NON_MTUS_STATEMENT.matcher(statement);
        Matcher mtus = MTUS_STATEMENT.matcher(statement);
        if (nonMtus.find()) {
          parseNonMtus(statement.substring(nonMtus.end()), citations);
        } else if (mtus.find()) {
          parseMtus(statement.substring(mtus.end()), citations);
        } else {
          parseFreeText(DECISION_BASED_ON.matcher(statement).replaceFirst(""), citations);
        }
      }
    }
    if (citations.isEmpty() && noEvidence(text)) {
      citations.add(Citation.none(text));
    }
    return List.copyOf(citations);
  }

  /** The primary citation: the first MTUS one, else the first naming a known document, else the first. */
  public static Optional<Citation> primary(List<Citation> citations) {
    return citations.stream().filter(c -> c.family() == GuidelineFamily.MTUS).findFirst()
        .or(() -> citations.stream().filter(c -> c.document() != null).findFirst())
        .or(() -> citations.stream().findFirst());
  }

  /** Splits at each "Decision based on"; text before the first one is a preamble and carries no citation. */
  private static List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int at = statementAt(text, 0); at >= 0; at = statementAt(text, at + 1)) {
      if (start >= 0) {
        out.add(text.substring(start, at).trim());
      }
      start = at;
    }
    if (start >= 0) {
      out.add(text.substring(start).trim());
    }
    return out;
  }

  /** Where "Decision based on" (any case, as whole words) next starts, or -1. */
  private static int statementAt(String text, int from) {
    for (int at = Scan.indexOfIgnoreCase(text, "decision based on", from); at >= 0;
        at = Scan.indexOfIgnoreCase(text, "decision based on", at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  /** Older or free wording: each sentence that names the MTUS is read as MTUS, the rest as other evidence. */
  private void parseFreeText(String text, List<Citation> out) {
    if (noEvidence(text) && !text.contains("ODG") && !MTUS_MENTION.matcher(text).find()) {
      return;
    }
    for (String sentence : SENTENCE_BREAK.split(text)) {
      Matcher mtus = MTUS_MENTION.matcher(sentence);
      if (mtus.find() && !NEGATED_MTUS.matcher(sentence).find()) {
        String rest = AFTER_MTUS.matcher(sentence.substring(mtus.end())).replaceFirst("");
        parseMtus(rest.isEmpty() ? sentence : rest, out);
      } else if (!noEvidence(sentence) && !NEGATED_MTUS.matcher(sentence).find()
          && !sentence.isBlank()) {
        parseNonMtus(sentence, out);
      }
    }
  }

  private void parseMtus(String body, List<Citation> out) {
    String text = stripEnd(body);
    for (String fragment : mtusFragments(text)) {
      out.add(mtusCitation(fragment));
    }
  }

  /** Splits "A 2004, Section(s): x, and B 2016, Section(s): y" at each ", and" that starts a new document. */
  private List<String> mtusFragments(String text) {
    List<String> fragments = new ArrayList<>();
    Matcher m = DOCUMENT_SEPARATOR.matcher(text);
    int start = 0;
    while (text.contains(" and ") && m.find()) {
      String next = text.substring(m.end());
      // "Neck and Upper Back" and "Forearm, Wrist, and Hand" hold an "and" too: split only once the document
      // before it is complete, with its year or its sections.
      String before = text.substring(start, m.start());
      boolean complete = Scan.year(before, 0) >= 0 || SECTIONS_LABEL.matcher(before).find()
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

  private Citation mtusCitation(String fragment) {
    String raw = fragment.trim();
    String rest = raw;
    List<String> pages = List.of();
    Matcher pagesLabel = PAGES_LABEL.matcher(rest);
    if (mayHave(rest, "age") && pagesLabel.find()) {
      pages = list(rest.substring(pagesLabel.end()));
      rest = rest.substring(0, pagesLabel.start());
    } else {
      // Older wording puts pages inline: "Chronic Pain Medical Treatment Guidelines (May 2009), page 68".
      pages = inlinePages(rest);
      if (!pages.isEmpty()) {
        rest = INLINE_PAGES.matcher(rest).replaceAll(" ");
      }
    }
    List<String> sections = new ArrayList<>();
    Matcher sectionsLabel = SECTIONS_LABEL.matcher(rest);
    if (mayHave(rest, "ection") && sectionsLabel.find()) {
      sections.addAll(list(rest.substring(sectionsLabel.end())));
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
    pages = numbered;
    int yearAt = Scan.lastYear(rest);
    Integer year = yearAt >= 0 ? Integer.valueOf(rest.substring(yearAt, yearAt + 4)) : null;
    // The document's name is what remains once the edition year and any aside in parentheses ("(Effective July
    // 18, 2009)", "(May 2009)") are taken out.
    String name = (yearAt >= 0 ? rest.substring(0, yearAt) + " " + rest.substring(yearAt + 4) : rest).trim();
    name = PARENTHESES.matcher(name).replaceAll(" ").trim();
    Optional<GuidelineCatalogue.Match> match = catalogue.find(GuidelineFamily.MTUS, name);
    String document;
    if (match.isPresent()) {
      GuidelineCatalogue.Entry entry = match.get().entry();
      document = entry.document();
      if (year == null) {
        year = entry.soleEdition();
      }
      String after = clean(name.substring(match.get().end()));
      if (sections.isEmpty() && !after.isEmpty() && !after.equalsIgnoreCase("guidelines")) {
        sections.add(SECTION_PREFIX.matcher(after).replaceFirst(""));
      }
    } else {
      String cleaned = clean(name);
      document = cleaned.chars().anyMatch(Character::isLetter) ? cleaned : null;
    }
    return new Citation(GuidelineFamily.MTUS, document, year, sections, pages, raw);
  }

  private void parseNonMtus(String body, List<Citation> out) {
    String text = stripEnd(body);
    List<String> parts = new ArrayList<>();
    for (String part : OTHER_GUIDELINES.split(text)) {
      for (String sub : SEE_ALSO.split(part)) {
        if (!clean(sub).isEmpty()) {
          parts.add(sub.trim());
        }
      }
    }
    for (String part : parts) {
      out.add(nonMtusCitation(part));
    }
  }

  private Citation nonMtusCitation(String part) {
    if (Scan.containsIgnoreCase(part, "ODG") || Scan.containsIgnoreCase(part, "Official Disability Guideline")) {
      return chapterCitation(GuidelineFamily.ODG, part, ODG_NAME);
    }
    if (Scan.containsIgnoreCase(part, "ACOEM")) {
      return chapterCitation(GuidelineFamily.ACOEM, part, ACOEM_NAME);
    }
    return new Citation(GuidelineFamily.OTHER, null, year(part), List.of(), inlinePages(part), part);
  }

  /** ODG and ACOEM are cited by chapter, then topics: "ODG Knee & Leg Chapter, MRI". */
  private Citation chapterCitation(GuidelineFamily family, String part, Pattern familyName) {
    Matcher name = familyName.matcher(part);
    String rest = name.find() ? part.substring(0, name.start()) + " " + part.substring(name.end()) : part;
    rest = rest.trim();
    Optional<GuidelineCatalogue.Match> match = catalogue.find(family, rest);
    List<String> sections = new ArrayList<>();
    String document = null;
    if (match.isPresent()) {
      document = match.get().entry().document();
      String after = CHAPTER_WORD.matcher(rest.substring(match.get().end())).replaceFirst("");
      for (String topic : TOPIC_SEPARATOR.split(after)) {
        String cleaned = clean(topic.replace(")", ""));
        if (!cleaned.isEmpty() && !NOT_A_TOPIC.matcher(cleaned).matches()) {
          sections.add(cleaned);
        }
      }
    }
    return new Citation(family, document, year(part), sections, inlinePages(part), part);
  }

  private static Integer year(String text) {
    int at = Scan.year(text, 0);
    return at >= 0 && !text.contains("http") ? Integer.valueOf(text.substring(at, at + 4)) : null;
  }

  private static List<String> inlinePages(String text) {
    List<String> pages = new ArrayList<>();
    if (!mayHave(text, "pg") && !mayHave(text, "pp") && !mayHave(text, "age")) {
      return pages;
    }
    Matcher m = INLINE_PAGES.matcher(text);
    while (m.find()) {
      pages.add(m.group(1).replace(" ", ""));
    }
    return pages;
  }

  private static List<String> list(String text) {
    List<String> out = new ArrayList<>();
    for (String item : LIST_SEPARATOR.split(stripEnd(text))) {
      String cleaned = clean(item);
      if (!cleaned.isEmpty()) {
        out.add(cleaned);
      }
    }
    return out;
  }

  /** Cheap prefilter: could {@code text} hold {@code literal} in any case? (ASCII letters only.) */
  private static boolean mayHave(String text, String literal) {
    return Scan.containsIgnoreCase(text, literal);
  }

  private static boolean noEvidence(String text) {
    return (mayHave(text, "cite") || mayHave(text, "evidence")) && NO_EVIDENCE.matcher(text).find();
  }

  private static int indexOf(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static String stripEnd(String text) {
    String t = text.trim();
    while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(",") || t.endsWith(";"))) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  /** Trims blanks and the punctuation that separates a name from its neighbours. */
  private static String clean(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && ",;:.-\u2013 ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ",;:.-\u2013 ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String cleaned = text.substring(start, end);
    return cleaned.startsWith("and ") || cleaned.startsWith("And ") ? cleaned.substring(4).trim() : cleaned;
  }
}
