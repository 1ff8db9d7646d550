package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imrstream.parser.text.Scan;

/**
 * Finds the header's labels in its folded text (single blanks between words), in order. Each label
 * found knows where it starts and ends, so that what stands between two labels (the first one's
 * "segment") can be read. Labels end in a colon, so they are looked for where the colons are: a
 * handful of comparisons instead of a pattern tried at every position.
 */
final class HeaderLabels {

  /** One label in the folded header: {@code [start, end)} spans the label and its colon. */
  record Found(HeaderLabel label, String phrasing, int start, int end) {}

  /**
   * A label printed over two lines with its value beside the first, as column layouts print it:
   * "Application 11/29/2016" then "Received:". {@code tail} is the phrasing the second line alone
   * matches; {@code head} finds, at the end of the segment before, the first line and the value.
   */
  record Wrapping(String tail, Pattern head) {}

  private static final Map<HeaderLabel, List<Wrapping>> WRAPPINGS = wrappings();

  /** All phrasings, longest first; the label and lower-case last letter of each. */
  private static final String[] PHRASINGS = phrasings();

  private static final HeaderLabel[] PHRASING_LABELS =
      Arrays.stream(PHRASINGS).map(HeaderLabels::labelOf).toArray(HeaderLabel[]::new);
  private static final char[] LAST_CHARS = lastChars();

  private HeaderLabels() {}

  static List<Found> find(String folded) {
    List<Found> found = new ArrayList<>();
    for (int colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1)) {
      int end = colon;
      while (end > 0 && folded.charAt(end - 1) == ' ') {
        end--;
      }
      Found label = endingAt(folded, end, colon + 1);
      if (label != null) {
        found.add(label);
      }
    }
    addCaseNumbersWithoutColon(folded, found);
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /** The longest phrasing of any label that ends at {@code end} and starts a word. */
  private static Found endingAt(String folded, int end, int labelEnd) {
    if (end == 0) {
      return null;
    }
    char last = Character.toLowerCase(folded.charAt(end - 1));
    for (int p = 0; p < PHRASINGS.length; p++) {
      String phrasing = PHRASINGS[p];
      int start = end - phrasing.length();
      if (LAST_CHARS[p] == last
          && start >= 0
          && startsWord(folded, start)
          && folded.regionMatches(true, start, phrasing, 0, phrasing.length())) {
        return new Found(PHRASING_LABELS[p], phrasing, start, labelEnd);
      }
    }
    return null;
  }

  /** Every phrasing of every label, longest first, so that the first one to match is the best. */
  private static String[] phrasings() {
    return Arrays.stream(HeaderLabel.values())
        .flatMap(label -> label.phrasings().stream())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toArray(String[]::new);
  }

  private static HeaderLabel labelOf(String phrasing) {
    for (HeaderLabel label : HeaderLabel.values()) {
      if (label.phrasings().contains(phrasing)) {
        return label;
      }
    }
    throw new IllegalArgumentException(phrasing);
  }

  private static char[] lastChars() {
    char[] out = new char[PHRASINGS.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = Character.toLowerCase(PHRASINGS[p].charAt(PHRASINGS[p].length() - 1));
    }
    return out;
  }

  /** "Case #CM13-0004321" and "Case Number CM13-0004321": the one label whose colon is optional. */
  private static void addCaseNumbersWithoutColon(String folded, List<Found> found) {
    for (int at = Scan.indexOfIgnoreCase(folded, "case", 0);
        at >= 0;
        at = Scan.indexOfIgnoreCase(folded, "case", at + 1)) {
      for (String phrasing : HeaderLabel.CASE_NUMBER.phrasings()) {
        int start = at - phrasing.indexOf("Case");
        int end = start + phrasing.length();
        if (start >= 0
            && startsWord(folded, start)
            && folded.regionMatches(true, start, phrasing, 0, phrasing.length())
            && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
          // With its colon, the label was found with the others.
          if (!colonAfter(folded, end)) {
            found.add(new Found(HeaderLabel.CASE_NUMBER, phrasing, start, end));
          }
          break;
        }
      }
    }
  }

  private static boolean colonAfter(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) == ':';
  }

  private static boolean startsWord(String text, int at) {
    return at == 0 || !Character.isLetter(text.charAt(at - 1));
  }

  /** Every way a phrasing that is another one's last words can be the second line of it. */
  private static Map<HeaderLabel, List<Wrapping>> wrappings() {
    Map<HeaderLabel, List<Wrapping>> out = new EnumMap<>(HeaderLabel.class);
    for (HeaderLabel label : HeaderLabel.values()) {
      List<Wrapping> wrappings = new ArrayList<>();
      for (String whole : label.phrasings()) {
        for (String tail : label.phrasings()) {
          if (whole.length() > tail.length() + 1 && whole.endsWith(" " + tail)) {
            String head = whole.substring(0, whole.length() - tail.length() - 1);
            wrappings.add(
                new Wrapping(
                    tail,
                    Pattern.compile("(?i)(.*?)(?<![A-Za-z])" + words(head) + "\\s+(\\S+)\\s*")));
          }
        }
      }
      out.put(label, List.copyOf(wrappings));
    }
    return out;
  }

  /** The ways {@code label} may wrap, longest first line first. */
  static List<Wrapping> wrappings(HeaderLabel label) {
    return WRAPPINGS.get(label);
  }

  /** A phrasing as a pattern: its words quoted, blanks between them. */
  private static String words(String phrasing) {
    StringBuilder out = new StringBuilder();
    for (String word : phrasing.split(" ")) {
      if (!out.isEmpty()) {
        out.append("\\s+");
      }
      out.append(Pattern.quote(word));
    }
    return out.toString();
  }
}
