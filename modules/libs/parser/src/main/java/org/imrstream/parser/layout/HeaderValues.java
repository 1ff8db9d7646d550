package org.imrstream.parser.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.imrstream.parser.layout.HeaderLabel.ValueKind;

/**
 * Reads the values of a header segment (the text between two labels): case numbers, dates and runs
 * of plain words. A segment that holds anything else, such as a label we do not know, holds no
 * values: what it means is not certain.
 */
final class HeaderValues {

  /** One value of a segment. */
  record Value(ValueKind kind, String text) {}

  /** Priorities are a word or two ("Standard", "Expedited"); a longer run is prose. */
  private static final int MAX_WORDS_LENGTH = 40;

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private HeaderValues() {}

  /** The values of {@code segment} in order, or null when it holds anything but values. */
  static List<Value> of(String segment) {
    List<Value> values = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    for (String raw : segment.trim().split(" ")) {
      if (raw.isEmpty()) {
        continue;
      }
      String token = stripTrailingComma(raw);
      ValueKind kind = kind(token);
      if (kind == ValueKind.WORDS) {
        words.append(words.isEmpty() ? "" : " ").append(token);
        continue;
      }
      if (kind == null || !flushWords(words, values)) {
        return null;
      }
      values.add(new Value(kind, token));
    }
    return flushWords(words, values) ? values : null;
  }

  /** Ends a run of words as one value; false when the run is too long to be a value. */
  private static boolean flushWords(StringBuilder words, List<Value> values) {
    if (words.isEmpty()) {
      return true;
    }
    if (words.length() > MAX_WORDS_LENGTH) {
      return false;
    }
    values.add(new Value(ValueKind.WORDS, words.toString()));
    words.setLength(0);
    return true;
  }

  /**
   * The kind of one token, or null when it is no value at all (e.g. "Injury:" or "12/45/2016").
   * Written out rather than as patterns: it runs on every token of every header.
   */
  static ValueKind kind(String token) {
    if (isCaseNumber(token)) {
      return ValueKind.CASE_NUMBER;
    }
    if (isDateShape(token)) {
      return parseDate(token) != null ? ValueKind.DATE : null;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!isAsciiLetter(token.charAt(i))) {
        return null;
      }
    }
    return token.isEmpty() ? null : ValueKind.WORDS;
  }

  /** Two letters, two digits, a hyphen, six to eight digits: "CM16-0230651". */
  private static boolean isCaseNumber(String t) {
    int n = t.length();
    if (n < 11 || n > 13 || !isAsciiLetter(t.charAt(0)) || !isAsciiLetter(t.charAt(1))) {
      return false;
    }
    return isDigit(t.charAt(2)) && isDigit(t.charAt(3)) && t.charAt(4) == '-' && digits(t, 5, n);
  }

  /** M/D/YYYY with one or two digits for month and day. */
  private static boolean isDateShape(String t) {
    int first = t.indexOf('/');
    int second = first < 0 ? -1 : t.indexOf('/', first + 1);
    return first >= 1
        && first <= 2
        && second - first >= 2
        && second - first <= 3
        && t.length() - second == 5
        && digits(t, 0, first)
        && digits(t, first + 1, second)
        && digits(t, second + 1, t.length());
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static String stripTrailingComma(String token) {
    int end = token.length();
    while (end > 1 && (token.charAt(end - 1) == ',' || token.charAt(end - 1) == ';')) {
      end--;
    }
    return token.substring(0, end);
  }

  /** A US date as printed (MM/DD/YYYY); null when it is not a real calendar date. */
  static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value, US_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
