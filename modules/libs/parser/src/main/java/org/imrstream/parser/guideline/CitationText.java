package org.imrstream.parser.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imrstream.parser.text.Scan;

/**
 * Clean-up of citation text, shared by the readers. The paragraph arrives whitespace folded and
 * de-hyphenated by the layout parsers (see {@code TextNormalizer.Folder}); what is left to do here
 * is the trimming that the patterns rely on: the punctuation between a name and its neighbours, and
 * the list separators.
 */
final class CitationText {

  /**
   * A guideline paragraph is a few hundred characters; a longer one is cut before parsing (raw text
   * stays whole).
   */
  static final int MAX_PARSED_LENGTH = 8_000;

  private static final Pattern BLANKS = Pattern.compile(" {2,}");

  /**
   * What separates a name from its neighbours: trimmed at both ends of every name and list item.
   */
  private static final String SEPARATORS = ",;:.-\u2013 ";

  private CitationText() {}

  /**
   * The part of {@code paragraph} that is parsed: its head, so that a hostile paragraph costs
   * bounded time.
   */
  static String capped(String paragraph) {
    return paragraph.length() > MAX_PARSED_LENGTH
        ? paragraph.substring(0, MAX_PARSED_LENGTH)
        : paragraph;
  }

  /** Trims blanks and the full stops, commas and semicolons that end a statement. */
  static String stripEnd(String text) {
    String t = text.trim();
    while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(",") || t.endsWith(";"))) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  /**
   * Trims blanks and the punctuation that separates a name from its neighbours, and a leading
   * "and".
   */
  static String clean(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String cleaned = text.substring(start, end);
    // "..., and Low Back" leaves "and Low Back" once the comma is cut.
    return cleaned.startsWith("and ") || cleaned.startsWith("And ")
        ? cleaned.substring(4).trim()
        : cleaned;
  }

  /**
   * The items of a comma or semicolon separated list ("Special Studies, Summary"), each cleaned,
   * none empty. A separator inside parentheses or brackets belongs to its item: "Naproxen
   * (Naprosyn, Anaprox), NSAIDs" is two items. A parenthesis that is never closed opens nothing, so
   * a cut-off aside cannot swallow the rest.
   */
  static List<String> list(String text) {
    String t = stripEnd(text);
    int lastClose = Math.max(t.lastIndexOf(')'), t.lastIndexOf(']'));
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '(' || c == '[') && i < lastClose) {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        addCleaned(out, t.substring(start, i));
        start = i + 1;
      }
    }
    addCleaned(out, t.substring(start));
    return out;
  }

  private static void addCleaned(List<String> out, String item) {
    String cleaned = clean(item);
    if (!cleaned.isEmpty()) {
      out.add(cleaned);
    }
  }

  /** Runs of blanks, as left where an aside was cut out of a name, made one. */
  static String collapseBlanks(String text) {
    return BLANKS.matcher(text).replaceAll(" ");
  }

  /**
   * Cheap prefilter before a regular expression: could {@code text} hold {@code literal} in any
   * case? (ASCII letters only.) Most paragraphs lack most of the rarer wordings, and a scan costs
   * far less than a match.
   */
  static boolean mayHave(String text, String literal) {
    return Scan.containsIgnoreCase(text, literal);
  }
}
