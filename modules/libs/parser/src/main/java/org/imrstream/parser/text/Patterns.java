package org.imrstream.parser.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions run on every letter are costly where they must be tried at every position of
 * a long text. These helpers first look for a literal the match usually contains (a cheap {@code
 * indexOf}) and try the pattern only near it; where the literal is absent or the pattern does not
 * match near it, they fall back to a full search. So a match is always found when there is one;
 * when several exist, one near the literal is preferred.
 */
public final class Patterns {

  private Patterns() {}

  /**
   * Finds {@code pattern} in {@code text}, trying first the windows {@code [at - before, at +
   * after)} around each occurrence of {@code literal}. Returns a matcher positioned on the match,
   * or null.
   */
  public static Matcher findNear(
      Pattern pattern, String text, String literal, int before, int after) {
    int from = 0;
    while (true) {
      int at = text.indexOf(literal, from);
      if (at < 0) {
        break;
      }
      Matcher m =
          pattern
              .matcher(text)
              .region(Math.max(0, at - before), Math.min(text.length(), at + after));
      m.useTransparentBounds(true);
      if (m.find()) {
        return m;
      }
      from = at + 1;
    }
    Matcher full = pattern.matcher(text);
    return full.find() ? full : null;
  }

  /**
   * True when {@code text} contains any of the literals (a prefilter before a costlier pattern).
   */
  public static boolean containsAny(String text, String... literals) {
    for (String literal : literals) {
      if (text.contains(literal)) {
        return true;
      }
    }
    return false;
  }
}
