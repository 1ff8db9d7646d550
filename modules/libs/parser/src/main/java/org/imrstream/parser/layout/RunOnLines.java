package org.imrstream.parser.layout;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line breaks that text copied from a web page loses: there a paragraph is one long
 * line, and a section heading or a decision label runs on with the text before or after it
 * ("CLINICAL CASE SUMMARY The expert reviewer ...", "... Section(s): Opioids. Decision rationale:
 * The ..."). The layouts find headings and labels at the start of a line, so each gets its own line
 * back.
 *
 * <p>Only what is certain is split: a label with its exact words and colon after what may end a
 * paragraph, the introduction's "set forth below:", and a section heading in upper case as printed.
 * Labels are looked for where the colons are; headings only when the text has no line that is that
 * heading. So text that has its line breaks costs one pass over its colons and comes back
 * unchanged.
 */
final class RunOnLines {

  /** The words before "guideline:" in a decision label. */
  private static final String[] GUIDELINE_OWNERS = {
    "MAXIMUS ",
    "Claims Administrator ",
    "Claims Administrator's ",
    "Expert Reviewer ",
    "Expert Reviewer's "
  };

  /**
   * The last letters of the words that end a label or the introduction before its colon
   * ("guideline", "guidelines", "rationale", "below", "Decision", "Reviewer", "Administrator"):
   * other colons are passed over at once.
   */
  private static final String LABEL_ENDINGS = "eswnr";

  /** The older labels' first words; their last words vary ("... the Expert Reviewer:"). */
  private static final String[] LONG_LABEL_STARTS = {
    "Guidelines Used by the", "Rationale Used by the"
  };

  /** How far before its colon a long label may start. */
  private static final int LONG_LABEL_LENGTH = 120;

  /** The headings a layout looks for, each with a word to look for first. */
  private static final Pattern[] HEADINGS = {
    Headings.HOW_DETERMINATION_WAS_MADE,
    Headings.CLINICAL_CASE_SUMMARY,
    Headings.ISSUES_DECISIONS_RATIONALES,
    Headings.DECISIONS_AND_RATIONALES,
    Headings.DOCUMENTS_REVIEWED
  };

  private static final String[] HEADING_KEYWORDS = {
    "DETERMINATION WAS MADE", "CASE SUMMARY", "AND RATIONALE", "AND RATIONALE", "DOCUMENTS REVIEWED"
  };

  /** Those headings in upper case as printed (a heading in prose would not be). */
  private static final Pattern INLINE_HEADING =
      Pattern.compile(
          "(?<![A-Za-z])(?:HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION\\s+WAS\\s+MADE"
              + "|CLINICAL\\s+CASE\\s+SUMMARY"
              + "|IMR\\s+ISSUES\\s*,?\\s+DECISIONS\\s*,?\\s+AND\\s+RATIONALES?"
              + "|(?:IMR\\s+)?DECISIONS?\\s*(?:\\(S\\))?\\s+AND\\s+RATIONALES?(?:\\s*\\(S\\))?"
              + "|DOCUMENTS\\s+REVIEWED)(?![A-Za-z])[ \\t]*:?");

  /** How far before its keyword a heading starts ("IMR ISSUES, DECISIONS " before "AND ..."). */
  private static final int HEADING_BEFORE_KEYWORD = 32;

  /** How far after its keyword a heading and the two words after it end. */
  private static final int HEADING_AFTER_KEYWORD = 64;

  /** Text after a heading that goes on in upper case belongs to a longer heading. */
  private static final Pattern UPPER_CASE_WORDS =
      Pattern.compile("\\s*[A-Z(),&/]+\\s+[A-Z(),&/]+(?![a-z])");

  private RunOnLines() {}

  /** The letter's lines, each heading and label at the start of one. */
  static Lines lines(String normalized) {
    String text = splitLabels(normalized);
    Lines lines = new Lines(text);
    if (lines.findHeading(Headings.HOW_DETERMINATION_WAS_MADE, 0) >= 0
        && (lines.findHeading(Headings.ISSUES_DECISIONS_RATIONALES, 0) >= 0
            || lines.findHeading(Headings.DECISIONS_AND_RATIONALES, 0) >= 0)) {
      // The main headings stand on their own lines: the text kept its line breaks.
      return lines;
    }
    Cuts cuts = new Cuts();
    Matcher heading = INLINE_HEADING.matcher(text);
    Matcher upperCase = UPPER_CASE_WORDS.matcher(text);
    for (int h = 0; h < HEADINGS.length; h++) {
      if (lines.findHeading(HEADINGS[h], 0) < 0) {
        String keyword = HEADING_KEYWORDS[h];
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
          splitHeading(text, at, heading, upperCase, cuts);
        }
      }
    }
    return cuts.isEmpty() ? lines : new Lines(cuts.apply(text));
  }

  /** Each label, and the first item after the introduction, on a line of its own. */
  static String splitLabels(String text) {
    Cuts cuts = new Cuts();
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (colon == 0 || LABEL_ENDINGS.indexOf(text.charAt(colon - 1)) < 0) {
        continue;
      }
      int word = colon;
      while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
        word--;
      }
      int labelStart = labelStart(text, word, colon);
      if (labelStart >= 0 && !startsLine(text, labelStart) && endsParagraph(text, labelStart)) {
        cuts.add(labelStart);
      } else if (text.startsWith("set forth below", colon - 15) && !endsLine(text, colon + 1)) {
        cuts.add(colon + 1);
      }
    }
    return cuts.isEmpty() ? text : cuts.apply(text);
  }

  /** Where the decision label whose last word starts at {@code word} starts, or -1. */
  private static int labelStart(String text, int word, int colon) {
    if (text.startsWith("guideline", word)) {
      for (String owner : GUIDELINE_OWNERS) {
        if (text.startsWith(owner, word - owner.length())) {
          return word - owner.length();
        }
      }
      return -1;
    }
    if (text.startsWith("rationale", word) && colon - word == "rationale".length()) {
      return text.startsWith("Decision ", word - 9) ? word - 9 : -1;
    }
    if (text.startsWith("Decision", word)
        || text.startsWith("Reviewer", word)
        || text.startsWith("Administrator", word)) {
      for (int at = colon - 1; at >= Math.max(0, colon - LONG_LABEL_LENGTH); at--) {
        char c = text.charAt(at);
        if (c == '\n') {
          return -1;
        }
        if ((c == 'G' || c == 'R')
            && (text.startsWith(LONG_LABEL_STARTS[0], at)
                || text.startsWith(LONG_LABEL_STARTS[1], at))) {
          return at;
        }
      }
    }
    return -1;
  }

  /**
   * True when the text before {@code at} may end a paragraph: a sentence, a citation ("...
   * Chapter"), an outcome; not a word in lower case, as in prose about "the Claims Administrator
   * guideline: ...".
   */
  private static boolean endsParagraph(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return true;
    }
    if (".!?:;)\"'\u201d]".indexOf(text.charAt(end - 1)) >= 0) {
      return true;
    }
    int word = end;
    while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
      word--;
    }
    return !Character.isLowerCase(text.charAt(word));
  }

  /**
   * Cuts around the heading holding {@code at}, unless it stands alone on its line. Only a window
   * around {@code at} is read: a run-on line may be a whole letter, with the keyword many times.
   */
  private static void splitHeading(
      String text, int at, Matcher heading, Matcher upperCase, Cuts cuts) {
    int from = at;
    while (from > 0 && at - from < HEADING_BEFORE_KEYWORD && text.charAt(from - 1) != '\n') {
      from--;
    }
    int to = at;
    while (to < text.length() && to - at < HEADING_AFTER_KEYWORD && text.charAt(to) != '\n') {
      to++;
    }
    heading.region(from, to).useTransparentBounds(true);
    while (heading.find()) {
      if (heading.end() < at) {
        continue;
      }
      if (heading.start() > at) {
        return;
      }
      int start = heading.start();
      int end = heading.end();
      boolean alone = endsLine(text, end);
      boolean runsOn = !alone && !upperCase.region(end, to).lookingAt();
      if (runsOn) {
        cuts.add(end);
      }
      if (!startsLine(text, start) && (runsOn || alone)) {
        cuts.add(start);
      }
      return;
    }
  }

  private static boolean startsLine(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsLine(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Offsets where a line break goes; the blanks around each are dropped. */
  private static final class Cuts {
    private int[] at = new int[8];
    private int size;

    void add(int offset) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = offset;
    }

    boolean isEmpty() {
      return size == 0;
    }

    String apply(String text) {
      int[] sorted = Arrays.copyOf(at, size);
      Arrays.sort(sorted);
      StringBuilder out = new StringBuilder(text.length() + size);
      int from = 0;
      int previous = -1;
      for (int cut : sorted) {
        if (cut <= previous || cut < from) {
          continue;
        }
        previous = cut;
        int end = cut;
        while (end > from && text.charAt(end - 1) == ' ') {
          end--;
        }
        out.append(text, from, end).append('\n');
        from = cut;
        while (from < text.length() && text.charAt(from) == ' ') {
          from++;
        }
      }
      return out.append(text, from, text.length()).toString();
    }
  }
}
