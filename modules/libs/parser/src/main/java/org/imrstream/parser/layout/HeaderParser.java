package org.imrstream.parser.layout;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.layout.HeaderLabel.ValueKind;
import org.imrstream.parser.layout.HeaderLabels.Found;
import org.imrstream.parser.layout.HeaderValues.Value;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the header block: which value belongs to which label. Labels are found in the folded header
 * text, because extraction puts two label columns on one line and splits "Application Received:"
 * over two. A value is given to a label only where the pairing is certain; else the field stays
 * empty, never filled with a neighbour's value. Three shapes are certain:
 *
 * <ul>
 *   <li>a label followed by its value ("Date Assigned: 12/07/2016"), and not by a second value;
 *   <li>a block of labels with nothing between them followed by a block of values, as {@code
 *       pdftotext} prints a table's columns: paired in order when the counts are equal and every
 *       value is of its label's kind;
 *   <li>a label printed over two lines with its value beside the first ("Application 11/29/2016 /
 *       Received:"), as {@code pdftotext -layout} prints it.
 * </ul>
 *
 * A label that gets two different values gets none.
 */
final class HeaderParser {

  private HeaderParser() {}

  static LetterHeader parse(String headerRegion) {
    String folded = TextNormalizer.fold(headerRegion);
    List<Found> labels = HeaderLabels.find(folded);
    if (labels.isEmpty()) {
      return LetterHeader.EMPTY;
    }
    String[] segments = new String[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : folded.length();
      segments[i] = folded.substring(labels.get(i).end(), end).trim();
    }
    String before = folded.substring(0, labels.get(0).start());
    Fields fields = new Fields();
    readWrappedLabels(labels, segments, fields);
    for (int i = 0; i < labels.size(); ) {
      int last = i;
      while (segments[last] != null && segments[last].isEmpty() && last + 1 < labels.size()) {
        last++;
      }
      if (last > i) {
        String preceding = i == 0 ? before : segments[i - 1];
        readBlock(labels.subList(i, last + 1), segments[last], preceding, fields);
      } else if (segments[i] != null) {
        readInline(labels.get(i).label(), segments[i], fields);
      }
      i = last + 1;
    }
    return fields.header();
  }

  /**
   * "Priority: Standard Application 11/29/2016 Received:": "Received:" is the second line of
   * "Application Received:", and the date beside its first line is its value. The segment before
   * loses the first line and the value; the label's own segment is consumed.
   */
  private static void readWrappedLabels(List<Found> labels, String[] segments, Fields fields) {
    for (int i = 1; i < labels.size(); i++) {
      Found tail = labels.get(i);
      if (startsWithValue(segments[i], tail.label().kind())) {
        continue;
      }
      for (HeaderLabels.Wrapping wrapping : HeaderLabels.wrappings(tail.label())) {
        if (!wrapping.tail().equals(tail.phrasing()) || segments[i - 1] == null) {
          continue;
        }
        Matcher m = wrapping.head().matcher(segments[i - 1]);
        if (m.matches() && HeaderValues.kind(m.group(2)) == tail.label().kind()) {
          fields.put(tail.label(), m.group(2));
          segments[i - 1] = m.group(1).trim();
          segments[i] = segments[i].isEmpty() ? null : segments[i];
          break;
        }
      }
    }
  }

  /**
   * Labels with nothing between them, then the values: paired in order when there is one value per
   * label, each of its label's kind, and nothing unknown (a label we do not know) just before.
   */
  private static void readBlock(
      List<Found> block, String valuesSegment, String preceding, Fields fields) {
    if (valuesSegment == null || (preceding != null && preceding.indexOf(':') >= 0)) {
      return;
    }
    List<Value> values = HeaderValues.of(valuesSegment);
    if (values == null || values.size() != block.size()) {
      return;
    }
    for (int i = 0; i < block.size(); i++) {
      if (!fits(block.get(i).label(), values.get(i))) {
        return;
      }
    }
    for (int i = 0; i < block.size(); i++) {
      fields.put(block.get(i).label(), values.get(i).text());
    }
  }

  /**
   * A label's own value: the first of its segment, of the label's kind, and not followed by another
   * value (two values after one label mean a label was lost).
   */
  private static void readInline(HeaderLabel label, String segment, Fields fields) {
    if (label.kind() == ValueKind.WORDS) {
      List<Value> values = HeaderValues.of(segment);
      if (values != null && values.size() == 1 && values.get(0).kind() == ValueKind.WORDS) {
        fields.put(label, values.get(0).text());
      }
      return;
    }
    if (!startsWithValue(segment, label.kind())) {
      return;
    }
    String[] tokens = segment.split(" ", 3);
    if (tokens.length > 1) {
      ValueKind next = HeaderValues.kind(tokens[1]);
      if (next == ValueKind.DATE || next == ValueKind.CASE_NUMBER) {
        return;
      }
    }
    fields.put(label, stripTrailingComma(tokens[0]));
  }

  private static boolean startsWithValue(String segment, ValueKind kind) {
    if (segment == null || segment.isEmpty()) {
      return false;
    }
    int space = segment.indexOf(' ');
    String first = stripTrailingComma(space < 0 ? segment : segment.substring(0, space));
    return kind != ValueKind.WORDS && HeaderValues.kind(first) == kind;
  }

  private static String stripTrailingComma(String token) {
    return token.endsWith(",") || token.endsWith(";")
        ? token.substring(0, token.length() - 1)
        : token;
  }

  private static boolean fits(HeaderLabel label, Value value) {
    return label.kind() == value.kind();
  }

  /** The values read so far; a label read twice with different values is left empty. */
  private static final class Fields {
    private final Map<HeaderLabel, String> values = new EnumMap<>(HeaderLabel.class);
    private final Set<HeaderLabel> conflicting = EnumSet.noneOf(HeaderLabel.class);

    void put(HeaderLabel label, String value) {
      String before = values.putIfAbsent(label, value);
      if (before != null && !same(label, before, value)) {
        conflicting.add(label);
      }
    }

    /** "01/09/2017" and "1/9/2017" are one date. */
    private static boolean same(HeaderLabel label, String a, String b) {
      return label.kind() == ValueKind.DATE
          ? HeaderValues.parseDate(a).equals(HeaderValues.parseDate(b))
          : a.equalsIgnoreCase(b);
    }

    String get(HeaderLabel label) {
      return conflicting.contains(label) ? null : values.get(label);
    }

    LocalDate date(HeaderLabel label) {
      String value = get(label);
      return value == null ? null : HeaderValues.parseDate(value);
    }

    LetterHeader header() {
      return new LetterHeader(
          get(HeaderLabel.CASE_NUMBER),
          date(HeaderLabel.DATE_ASSIGNED),
          date(HeaderLabel.DECISION_DATE),
          date(HeaderLabel.DATE_OF_INJURY),
          date(HeaderLabel.UR_DENIAL_DATE),
          date(HeaderLabel.APPLICATION_RECEIVED),
          get(HeaderLabel.PRIORITY));
    }
  }
}
