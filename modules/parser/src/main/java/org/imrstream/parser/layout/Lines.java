package org.imrstream.parser.layout;

import java.util.List;
import java.util.regex.Pattern;
import org.imrstream.parser.text.TextNormalizer;

/** A letter's normalized text as lines, with the few line-level questions the layouts ask. */
final class Lines {

  private final List<String> lines;

  Lines(String text) {
    this.lines = List.of(text.split("\n", -1));
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

  /** First line at or after {@code from} that matches {@code heading} as a whole, or -1. */
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
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      out.append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /** Lines {@code [from, to)} folded into one line of text. */
  String folded(int from, int to) {
    return TextNormalizer.fold(text(from, to));
  }

  /** Line number as a reader counts it (1-based). */
  static int human(int index) {
    return index + 1;
  }
}
