package org.imrstream.parser.guideline;

/**
 * Text folded for matching catalogue aliases: lower case, '&' read as "and", every other
 * non-alphanumeric as a blank, blanks collapsed, a blank at each end so aliases match whole words
 * with {@code indexOf(" alias ")}. Keeps, for every folded character, the index of the original
 * character it came from.
 */
final class FoldedText {

  final String folded;
  private final int[] origin;

  private FoldedText(String folded, int[] origin) {
    this.folded = folded;
    this.origin = origin;
  }

  static FoldedText of(String text) {
    int ampersands = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '&') {
        ampersands++;
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    // Each '&' may become " and " (5 characters); everything else folds to at most one character.
    int[] origin = new int[text.length() + ampersands * 4 + 3];
    out.append(' ');
    origin[0] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128
          ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c)) {
        origin[out.length()] = i;
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        origin[out.length()] = i;
        out.append((char) (c + 32));
      } else if (c >= 128 && Character.isLetterOrDigit(c)) {
        origin[out.length()] = i;
        out.append(Character.toLowerCase(c));
      } else if (c == '&') {
        for (char a : new char[] {' ', 'a', 'n', 'd', ' '}) {
          if (a == ' ' && out.charAt(out.length() - 1) == ' ') {
            continue;
          }
          origin[out.length()] = i;
          out.append(a);
        }
      } else if (c == '\'' || c == '\u2019') {
        // "workers' compensation" folds to "workers compensation"
      } else if (out.charAt(out.length() - 1) != ' ') {
        origin[out.length()] = i;
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      origin[out.length()] = text.length();
      out.append(' ');
    }
    origin[out.length()] = text.length();
    return new FoldedText(out.toString(), origin);
  }

  /** Folds an alias the same way, without the outer blanks. */
  static String alias(String alias) {
    return of(alias).folded.trim();
  }

  /** Index in the original text of the folded character at {@code foldedIndex}. */
  int originalIndex(int foldedIndex) {
    return origin[Math.min(foldedIndex, folded.length())];
  }
}
