package org.imrstream.parser.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.text.Scan;

/**
 * The numbers a citation carries in its text: the edition year and the pages written inline ("pg.
 * 607").
 */
final class CitationNumbers {

  private static final Pattern INLINE_PAGES =
      Pattern.compile("(?i)\\b(?:pg|pp|pages?)\\.?\\s+(\\d+(?:\\s*-\\s*\\d+)?)");

  private CitationNumbers() {}

  /** The first edition year in {@code text}, or null; a web address's digits are no edition. */
  static Integer year(String text) {
    int at = Scan.year(text, 0);
    return at >= 0 && !text.contains("http") ? Integer.valueOf(text.substring(at, at + 4)) : null;
  }

  /** The pages written inline, "page 68" or "pp. 100 - 102", as "68" and "100-102". */
  static List<String> inlinePages(String text) {
    List<String> pages = new ArrayList<>();
    if (!CitationText.mayHave(text, "pg")
        && !CitationText.mayHave(text, "pp")
        && !CitationText.mayHave(text, "age")) {
      return pages;
    }
    Matcher m = INLINE_PAGES.matcher(text);
    while (m.find()) {
      pages.add(m.group(1).replace(" ", ""));
    }
    return pages;
  }

  /**
   * {@code text} with each inline page reference replaced by a blank, so that it is not read as a
   * name.
   */
  static String withoutInlinePages(String text) {
    return INLINE_PAGES.matcher(text).replaceAll(" ");
  }
}
