package org.imrstream.parser.layout;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imrstream.parser.text.Scan;
import org.imrstream.parser.text.TextNormalizer;

/** A letter's normalized text as lines, with the few line-level questions the layouts ask. */
final class Lines {

  /**
   * Headings are short and mostly upper case; only such lines are tried against heading patterns.
   */
  private static final int MAX_HEADING_LENGTH = 160;

  private static final byte TEXT = 1;
  private static final byte FURNITURE = 2;

  private final List<String> lines;
  private final int[] headingCandidates;
  private final Map<Pattern, Integer> firstHeadings = new IdentityHashMap<>();

  /** Per line: 0 not yet known, else whether it is page furniture (asked of some lines often). */
  private byte[] furniture;

  Lines(String text) {
    this.lines = List.of(text.split("\n", -1));
    int[] candidates = new int[lines.size()];
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (looksLikeHeading(lines.get(i))) {
        candidates[count++] = i;
      }
    }
    this.headingCandidates = Arrays.copyOf(candidates, count);
  }

  /**
   * True for a line whose first letters are upper case, like every section heading of the known
   * layouts.
   */
  private static boolean looksLikeHeading(String line) {
    if (line.length() > MAX_HEADING_LENGTH) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < line.length() && letters < 4; i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  int size() {
    return lines.size();
  }

  String get(int i) {
    return lines.get(i);
  }

  boolean isBlank(int i) {
    return lines.get(i).isBlank();
  }

  /** True when line {@code i} is page furniture ({@link PageFurniture}). */
  boolean isFurniture(int i) {
    if (furniture == null) {
      furniture = new byte[lines.size()];
    }
    if (furniture[i] == 0) {
      furniture[i] = PageFurniture.is(lines.get(i)) ? FURNITURE : TEXT;
    }
    return furniture[i] == FURNITURE;
  }

  /**
   * First heading-like line (short, starting in upper case) at or after {@code from} that matches
   * {@code heading} as a whole, or -1.
   */
  int findHeading(Pattern heading, int from) {
    if (from == 0) {
      // The layouts ask for the same few headings more than once.
      return firstHeadings.computeIfAbsent(heading, h -> findHeadingFrom(h, 0));
    }
    return findHeadingFrom(heading, from);
  }

  private int findHeadingFrom(Pattern heading, int from) {
    String keyword = Headings.keyword(heading);
    for (int i : headingCandidates) {
      if (i >= from
          && (keyword == null || Scan.containsIgnoreCase(lines.get(i), keyword))
          && heading.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** First line at or after {@code from} that matches {@code pattern} as a whole, or -1. */
  int find(Pattern heading, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (heading.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Lines {@code [from, to)} joined with line breaks. */
  String text(int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(to, lines.size());
    int length = 0;
    for (int i = start; i < end; i++) {
      length += lines.get(i).length() + 1;
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = start; i < end; i++) {
      out.append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /** Lines {@code [from, to)} folded into one line of text. */
  String folded(int from, int to) {
    return folder(from, to, 0).toString();
  }

  /** A folder holding lines {@code [from, to)}, each ended, so more may be appended. */
  TextNormalizer.Folder folder(int from, int to, int extraCapacity) {
    int start = Math.max(0, from);
    int end = Math.min(to, lines.size());
    int length = extraCapacity;
    for (int i = start; i < end; i++) {
      length += lines.get(i).length() + 1;
    }
    TextNormalizer.Folder folder = new TextNormalizer.Folder(length);
    for (int i = start; i < end; i++) {
      folder.append(lines.get(i)).newLine();
    }
    return folder;
  }

  /** Line number as a reader counts it (1-based). */
  static int human(int index) {
    return index + 1;
  }
}
