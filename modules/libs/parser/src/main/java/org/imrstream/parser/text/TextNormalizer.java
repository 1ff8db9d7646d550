package org.imrstream.parser.text;

import java.util.Arrays;

/**
 * Normalizes extracted text so that the parser sees one shape whatever the source: LF line ends, no
 * trailing blanks, exotic spaces turned into plain ones. Both methods are single passes over a char
 * array: they run on every letter and every paragraph, so they are written for speed.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (isNormalized(text)) {
      return text;
    }
    char[] in = text.toCharArray();
    char[] out = new char[in.length + 1];
    int o = 0;
    int lineStart = 0;
    int i = in.length > 0 && in[0] == '\uFEFF' ? 1 : 0;
    for (; i < in.length; i++) {
      char c = in[i];
      if (c > ' ' && c < 0x7f) {
        out[o++] = c;
        continue;
      }
      switch (c) {
        case ' ',
            '\t',
            '\u00A0',
            '\u2002',
            '\u2003',
            '\u2007',
            '\u2009',
            '\u200A',
            '\u202F',
            '\u3000' ->
            out[o++] = ' ';
        case '\r' -> {
          if (i + 1 < in.length && in[i + 1] == '\n') {
            continue;
          }
          o = endLine(out, o, lineStart);
          lineStart = o;
        }
        case '\n', '\f', '\u2028', '\u2029', '\u000B', '\u0085' -> {
          o = endLine(out, o, lineStart);
          lineStart = o;
        }
        case '\u00AD', '\u200B', '\uFEFF' -> {
          // soft hyphens and zero-width characters carry nothing a reader sees
        }
        default -> out[o++] = c;
      }
    }
    o = endLine(out, o, lineStart);
    return new String(out, 0, o);
  }

  /** True when {@link #normalize} would return the text unchanged: a cheap read-only pass. */
  static boolean isNormalized(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(n - 1) != '\n' || text.charAt(0) == '\uFEFF') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        if (c == '\n') {
          if (i > 0 && text.charAt(i - 1) == ' ') {
            return false;
          }
        } else if (c < 0x20 || isSpecial(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isSpecial(char c) {
    return switch (c) {
      case '\u00A0',
          '\u2002',
          '\u2003',
          '\u2007',
          '\u2009',
          '\u200A',
          '\u202F',
          '\u3000',
          '\u2028',
          '\u2029',
          '\u0085',
          '\u00AD',
          '\u200B',
          '\uFEFF' ->
          true;
      default -> false;
    };
  }

  /** Drops the blanks that end the line, then ends it. */
  private static int endLine(char[] out, int o, int lineStart) {
    while (o > lineStart && out[o - 1] == ' ') {
      o--;
    }
    out[o++] = '\n';
    return o;
  }

  /**
   * Folds a run of lines into one line of text: line breaks and runs of blanks become one space,
   * and a word hyphenated across a line break is joined (as in "Non-\nMTUS", which the published
   * texts fold to "NonMTUS").
   */
  public static String fold(CharSequence text) {
    String s = text.toString();
    Folder folder = new Folder(s.length());
    int start = 0;
    for (int end = s.indexOf('\n'); end >= 0; end = s.indexOf('\n', start)) {
      folder.append(s.substring(start, end)).newLine();
      start = end + 1;
    }
    if (start < s.length()) {
      folder.append(s.substring(start));
    }
    return folder.toString();
  }

  /**
   * Folds text appended piece by piece (each piece ends where a line ends), without joining the
   * pieces first.
   */
  public static final class Folder {
    private char[] out;
    private int o;

    /** A blank is owed before the next visible character. */
    private boolean pendingSpace;

    /** Just joined a hyphenated word: the blanks that start the next line are dropped. */
    private boolean joining;

    private char[] buffer = new char[0];

    public Folder(int capacity) {
      this.out = new char[Math.max(16, capacity)];
    }

    /** Appends text that may hold line breaks. */
    public Folder append(String text) {
      int n = text.length();
      if (n > 0 && isPlainLine(text)) {
        // The common case, a normalized line with single blanks: copied whole rather than char by
        // char.
        if (out.length - o < n + 1) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, o + n + 1));
        }
        if (pendingSpace) {
          out[o++] = ' ';
        }
        pendingSpace = false;
        joining = false;
        text.getChars(0, n, out, o);
        o += n;
        return this;
      }
      if (buffer.length < n) {
        buffer = new char[Math.max(n, 256)];
      }
      text.getChars(0, n, buffer, 0);
      if (out.length - o < n + 1) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, o + n + 1));
      }
      char[] in = buffer;
      for (int i = 0; i < n; i++) {
        char c = in[i];
        if (c == '\n') {
          newLine();
        } else if (c == ' ') {
          pendingSpace = o > 0 && !joining;
        } else {
          if (pendingSpace) {
            out[o++] = ' ';
            pendingSpace = false;
          }
          joining = false;
          out[o++] = c;
        }
      }
      return this;
    }

    /** One line, no leading or trailing blank, no run of blanks: folding it changes nothing. */
    private static boolean isPlainLine(String text) {
      return text.charAt(0) != ' '
          && text.charAt(text.length() - 1) != ' '
          && text.indexOf('\n') < 0
          && text.indexOf("  ") < 0;
    }

    /**
     * Ends a line. After "xx-" the hyphenated word is joined: the hyphen goes, and no blank is put
     * in.
     */
    public Folder newLine() {
      if (!pendingSpace && !joining && o > 1 && out[o - 1] == '-' && out[o - 2] != ' ') {
        o--;
        joining = true;
      } else if (!joining) {
        pendingSpace = o > 0;
      }
      return this;
    }

    /** Where the next visible character appended will go (after the blank owed, if any). */
    public int nextStart() {
      return o + (pendingSpace ? 1 : 0);
    }

    /** The length of the text folded so far. */
    public int length() {
      return o;
    }

    @Override
    public String toString() {
      return new String(out, 0, o);
    }
  }
}
