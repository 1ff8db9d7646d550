package org.imrstream.parser.text;

/**
 * Normalizes extracted text so that the parser sees one shape whatever the source: LF line ends, no trailing
 * blanks, exotic spaces turned into plain ones, blank lines as empty lines.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int lineStart = 0;
    int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            continue;
          }
          lineStart = endLine(out, lineStart);
        }
        case '\n', '\f', '\u2028', '\u2029', '\u000B', '\u0085' -> lineStart = endLine(out, lineStart);
        case '\t', '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u200A', '\u202F', '\u3000' -> out.append(' ');
        case '\u00AD', '\u200B', '\uFEFF' -> {
          // soft hyphens and zero-width characters carry nothing a reader sees
        }
        default -> out.append(c);
      }
    }
    endLine(out, lineStart);
    return out.toString();
  }

  private static int endLine(StringBuilder out, int lineStart) {
    int end = out.length();
    while (end > lineStart && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
    return out.length();
  }

  /**
   * Folds a run of lines into one line of text: line breaks and runs of blanks become one space, and a word
   * hyphenated across a line break is joined (as in "Non-\nMTUS", which the published texts fold to "NonMTUS").
   */
  public static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-' && !pendingSpace
            && out.length() > 1 && out.charAt(out.length() - 2) != ' ') {
          out.setLength(out.length() - 1);
          pendingSpace = false;
          // skip the blanks that start the next line
          while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            i++;
          }
          continue;
        }
        pendingSpace = out.length() > 0;
      } else if (c == ' ') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
