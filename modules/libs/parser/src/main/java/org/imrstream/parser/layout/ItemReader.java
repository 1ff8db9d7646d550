package org.imrstream.parser.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.Outcome;
import org.imrstream.parser.ParseResult;

/**
 * Reads the item a decision is about and its outcome: what stands between the previous decision's
 * rationale and the decision's labels.
 *
 * <p>Where the extraction ends paragraphs with blank lines (PDFBox, {@code pdftotext -layout}), the
 * item starts after the last one, unless the break falls inside a sentence (a page break). Where it
 * does not ({@code pdftotext} in its default and raw modes, double-spaced or web text), a blank
 * line is a page break or spacing, and the item with its outcome is the last sentence, or the
 * sentences of a partial certification ({@link ItemSentences}). An outcome on a line of its own
 * after a break belongs to the paragraph before when that ends in the item's colon. Page furniture
 * (page numbers, the case number at the top of a page) is skipped wherever it falls.
 */
final class ItemReader {

  private static final Pattern OUTCOME_AT_END =
      Pattern.compile("(?i)(?:^|(?<=[\\s:.,;\\-]))(upheld|overturned)[.!]?\\s*$");
  private static final Pattern NECESSITY =
      Pattern.compile(
          "(?i)\\s+(?:is|are|was|were)\\s+(not\\s+)?medically\\s+(?:necessary|appropriate)\\b");
  private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,2}[.)]\\s+\\S.*");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d{1,2}[.)]\\s+");

  /** Text where this share of the lines (4 in 5) is followed by a blank line is double-spaced. */
  private static final int DOUBLE_SPACED_NUMERATOR = 4;

  private static final int DOUBLE_SPACED_DENOMINATOR = 5;

  /**
   * An item longer than this is not one: where an item starts could not be told (the longest in the
   * corpus is about 150 characters).
   */
  private static final int MAX_ITEM_LENGTH = 600;

  /**
   * An item read: the line where it starts, and the text of that line before it, which ends the
   * previous decision's last paragraph (empty when the item starts its line).
   */
  record Item(int firstLine, String leadIn, DisputedItem item, Outcome outcome) {}

  /**
   * Where the text an item may come from starts: a line, and the column on it (after the previous
   * rationale's label, whose text may run on into the item).
   */
  record Span(int line, int column) {

    /** True when line {@code i} holds nothing of the span: blank, or page furniture. */
    boolean isEmpty(Lines lines, int i) {
      if (i == line) {
        String text = lines.get(i);
        return text.substring(Math.min(column, text.length())).isBlank();
      }
      return lines.isBlank(i) || lines.isFurniture(i);
    }

    FoldedSpan fold(Lines lines, int from, int to) {
      return new FoldedSpan(lines, from, to, from == line ? column : 0, i -> lines.isFurniture(i));
    }
  }

  private final Lines lines;
  private final boolean blankLinesEndParagraphs;

  ItemReader(Lines lines, boolean blankLinesEndParagraphs) {
    this.lines = lines;
    this.blankLinesEndParagraphs = blankLinesEndParagraphs;
  }

  /**
   * True when the extraction ends paragraphs with blank lines: most labels follow one, and not
   * every line does (double-spaced text puts a blank line after each). Where it does not, the blank
   * lines left are page breaks or spacing, which say nothing of where an item starts.
   */
  static boolean blankLinesEndParagraphs(Lines lines, int[] labelLines, int from, int to) {
    int afterBlank = 0;
    for (int labelLine : labelLines) {
      int before = labelLine - 1;
      while (before >= from && lines.isFurniture(before)) {
        before--;
      }
      if (before >= from && lines.isBlank(before)) {
        afterBlank++;
      }
    }
    if (afterBlank * 2 <= labelLines.length) {
      return false;
    }
    int text = 0;
    int spaced = 0;
    for (int i = from; i < to; i++) {
      if (!lines.isBlank(i)) {
        text++;
        spaced += i + 1 < to && lines.isBlank(i + 1) ? 1 : 0;
      }
    }
    return spaced * DOUBLE_SPACED_DENOMINATOR < text * DOUBLE_SPACED_NUMERATOR;
  }

  /**
   * The item and outcome before the labels at {@code labelLine}.
   *
   * @param span where the text that may hold them starts
   * @param first true for the letter's first decision, which nothing but the introduction precedes
   * @param number the decision's number, for failures
   */
  Item read(Span span, int labelLine, boolean first, int number) throws LetterParseException {
    ParseResult.UnreadableDecision unread = new ParseResult.UnreadableDecision(number, null);
    int spanStart = span.line();
    int last = lastTextLine(span, labelLine - 1);
    if (last < spanStart) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision "
              + number
              + ": no item and outcome "
              + "before '"
              + lines.get(labelLine).trim()
              + "' at line "
              + Lines.human(labelLine),
          unread);
    }
    int start = itemStart(span, last);
    FoldedSpan folded = span.fold(lines, start, last + 1);
    int itemAt = sentencesStart(folded, start == spanStart && !first);
    String block = folded.text().substring(itemAt);
    Outcome outcome;
    int outcomeAt;
    Matcher explicit = OUTCOME_AT_END.matcher(block);
    Matcher necessity = NECESSITY.matcher(block);
    if (explicit.find()) {
      outcome = Outcome.valueOf(explicit.group(1).toUpperCase(Locale.ROOT));
      outcomeAt = explicit.start();
    } else if (necessity.find()) {
      outcome = necessity.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
      outcomeAt = necessity.start();
    } else {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision "
              + number
              + ": no outcome (Upheld or "
              + "Overturned) ends the item paragraph at line "
              + Lines.human(last)
              + " ('"
              + LabelledDecisionParser.abbreviate(lines.get(last))
              + "')",
          unread);
    }
    String itemText = block.substring(0, outcomeAt);
    if (itemText.isBlank() && start > spanStart) {
      // The outcome stands apart from its item ("Knee brace:", a page break, "Overturned"): the
      // item is the paragraph before, which ends in the colon that introduces the outcome.
      int itemLast = lastTextLine(span, start - 1);
      if (itemLast >= spanStart) {
        int itemStart = itemStart(span, itemLast);
        FoldedSpan before = span.fold(lines, itemStart, itemLast + 1);
        int beforeAt = sentencesStart(before, itemStart == spanStart && !first);
        if (before.text().endsWith(":")) {
          folded = before;
          itemAt = beforeAt;
          itemText = before.text().substring(beforeAt);
          start = itemStart;
        }
      }
    }
    // What comes before the item on its first line ends the previous decision's last paragraph.
    int firstLine = itemAt > 0 ? folded.lineAt(itemAt) : start;
    String leadIn = itemAt > 0 ? folded.lineTextBefore(itemAt) : "";
    itemText = NUMBER_PREFIX.matcher(itemText.trim()).replaceFirst("");
    DisputedItem item = ItemParser.parse(itemText);
    if (item.item().isEmpty()) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision " + number + ": the outcome at line " + Lines.human(last) + " names no item",
          unread);
    }
    if (item.item().length() > MAX_ITEM_LENGTH) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision "
              + number
              + ": cannot tell where the item before the outcome at line "
              + Lines.human(last)
              + " starts",
          unread);
    }
    return new Item(firstLine, leadIn, item, outcome);
  }

  /**
   * Where the item starts in {@code folded}: 0 when a paragraph break marks its start; otherwise
   * ({@code runsOn}: nothing marks where the previous rationale ends) at the last sentence, the one
   * that ends in the outcome, or the sentences of a partial certification.
   */
  private static int sentencesStart(FoldedSpan folded, boolean runsOn) {
    return runsOn ? ItemSentences.start(folded.text()) : 0;
  }

  /** The last line of the span at or before {@code from} that holds text, or one before it. */
  private int lastTextLine(Span span, int from) {
    int last = from;
    while (last >= span.line() && span.isEmpty(lines, last)) {
      last--;
    }
    return last;
  }

  /**
   * The first line of the paragraph that ends at {@code last}: after the last blank line (or page
   * furniture) where blank lines end paragraphs and the break does not fall inside a sentence;
   * otherwise the span's start, for {@link ItemSentences} to cut. A numbered line ("2. MRI ...")
   * always starts an item.
   */
  private int itemStart(Span span, int last) {
    int spanStart = span.line();
    int start = spanStart;
    if (blankLinesEndParagraphs) {
      for (int i = last; i >= spanStart; i--) {
        if (span.isEmpty(lines, i)) {
          int before = i;
          while (before >= spanStart && span.isEmpty(lines, before)) {
            before--;
          }
          if (before >= spanStart && continuesAcrossBreak(lines.get(before), lines.get(i + 1))) {
            i = before + 1; // a page break inside the item's sentence, not the paragraph break
            continue;
          }
          start = i + 1;
          break;
        }
      }
    }
    for (int i = last; i >= start; i--) {
      if (NUMBERED.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return start;
  }

  /**
   * True when the blank lines between {@code before} and {@code after} fall inside a sentence: the
   * line before does not end one, and the line after goes on in lower case. That is a page break,
   * not a new paragraph.
   */
  private static boolean continuesAcrossBreak(String before, String after) {
    String end = before.stripTrailing();
    String start = after.stripLeading();
    return !end.isEmpty()
        && !start.isEmpty()
        && ".:;!?)".indexOf(end.charAt(end.length() - 1)) < 0
        && Character.isLowerCase(start.charAt(0));
  }
}
