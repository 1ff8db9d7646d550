package org.imrstream.parser.layout;

import java.util.regex.Pattern;

/**
 * Page furniture: what a page break puts in the text besides the letter's words, a page number
 * ("Page 3 of 5", "- 3 -", "3") or the case number repeated at the top of a page. A line of it
 * belongs to no paragraph.
 */
final class PageFurniture {

  private static final Pattern LINE =
      Pattern.compile(
          "(?i)\\s*(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|\\d{1,3}|[A-Z]{2}\\d{2}-\\d{6,8}|-\\s*\\d{1,3}\\s*-)\\s*");

  /** "Page 123 of 456" is about the longest; text lines are longer, and spared the pattern. */
  private static final int MAX_LENGTH = 40;

  private PageFurniture() {}

  static boolean is(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    if (indent == line.length() || line.length() - indent > MAX_LENGTH) {
      // Indented, as pdftotext -layout centres it, furniture is still short.
      return false;
    }
    char first = line.charAt(indent);
    // Furniture starts with "Page", a digit, a dash or a case number: most lines are spared the
    // pattern.
    return (first == 'P'
            || first == 'p'
            || first == '-'
            || Character.isDigit(first)
            || (first >= 'A' && first <= 'Z'))
        && LINE.matcher(line).matches();
  }
}
