package org.imrstream.parser.text;

/**
 * Hand-written scans for the few patterns the citation parser looks for in every paragraph. Each is
 * a plain loop (the regular expressions they replace cost several times more at every position of
 * the text).
 */
public final class Scan {

  private Scan() {}

  /** First index of {@code needle} (ASCII, any case) at or after {@code from}, or -1. */
  public static int indexOfIgnoreCase(String text, String needle, int from) {
    int n = needle.length();
    int last = text.length() - n;
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    // Jump between occurrences of the first letter in either case (String.indexOf is vectorized).
    int atLower = text.indexOf(lower, Math.max(0, from));
    int atUpper = lower == upper ? -1 : text.indexOf(upper, Math.max(0, from));
    while (atLower >= 0 || atUpper >= 0) {
      boolean takeLower = atUpper < 0 || (atLower >= 0 && atLower < atUpper);
      int at = takeLower ? atLower : atUpper;
      if (at > last) {
        return -1;
      }
      if (text.regionMatches(true, at, needle, 0, n)) {
        return at;
      }
      if (takeLower) {
        atLower = text.indexOf(lower, at + 1);
      } else {
        atUpper = text.indexOf(upper, at + 1);
      }
    }
    return -1;
  }

  public static boolean containsIgnoreCase(String text, String needle) {
    return indexOfIgnoreCase(text, needle, 0) >= 0;
  }

  /**
   * Index of the first edition year (1900-2099 as a whole word) at or after {@code from}, or -1.
   */
  public static int year(String text, int from) {
    for (int i = Math.max(0, from), last = text.length() - 4; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == '1' || c == '2')
          && (c == '1' ? text.charAt(i + 1) == '9' : text.charAt(i + 1) == '0')
          && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the last edition year in {@code text}, or -1. */
  public static int lastYear(String text) {
    int found = -1;
    for (int at = year(text, 0); at >= 0; at = year(text, at + 4)) {
      found = at;
    }
    return found;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
