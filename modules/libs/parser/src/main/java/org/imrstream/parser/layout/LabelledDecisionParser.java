package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Decision;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.Outcome;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the decisions of the MAXIMUS layouts, where every disputed item is an item paragraph with
 * its outcome, then labelled paragraphs: the claims administrator's guideline, the expert
 * reviewer's guideline, the rationale.
 *
 * <p>The labels are the anchors: an outcome word counts only where a label paragraph follows it, so
 * "upheld" in a rationale is never mistaken for a decision. The item paragraph is what stands
 * between the previous rationale and the outcome; it starts after the last blank line, or after the
 * last sentence that ends a line where the extraction kept no blank lines.
 */
final class LabelledDecisionParser {

  private enum Kind {
    CLAIMS_ADMINISTRATOR,
    REVIEWER,
    RATIONALE
  }

  private record Label(Kind kind, int line, int contentStart) {}

  private static final Pattern CLAIMS_ADMINISTRATOR =
      Pattern.compile(
          "(?i)\\s*(?:Claims\\s+Administrator(?:'s)?\\s+guidelines?|Guidelines?\\s+Used\\s+by\\s+(?:the\\s+)?Claims\\s+"
              + "Administrator[^:]{0,80})\\s*:\\s*");
  private static final Pattern REVIEWER =
      Pattern.compile(
          "(?i)\\s*(?:MAXIMUS\\s+guidelines?|Expert\\s+Reviewer(?:'s)?\\s+guidelines?|"
              + "Guidelines?\\s+Used\\s+by\\s+(?:the\\s+)?"
              + "(?:Expert|Physician|Medical|Professional)\\s+Reviewer[^:]{0,80})\\s*:\\s*");
  private static final Pattern RATIONALE =
      Pattern.compile(
          "(?i)\\s*(?:Decision\\s+rationale|Rationale(?:\\s+for\\s+the\\s+Decision|\\s+Used\\s+by\\s+(?:the\\s+)?"
              + "(?:Expert|Physician|Medical|Professional)\\s+Reviewer[^:]{0,60})?)\\s*:\\s*");
  private static final Pattern OUTCOME_AT_END =
      Pattern.compile("(?i)(?:^|(?<=[\\s:.,;\\-]))(upheld|overturned)[.!]?\\s*$");
  private static final Pattern NECESSITY =
      Pattern.compile(
          "(?i)\\s+(?:is|are|was|were)\\s+(not\\s+)?medically\\s+(?:necessary|appropriate)\\b");
  private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,2}[.)]\\s+\\S.*");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d{1,2}[.)]\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]\\)?\"?$");
  private static final Pattern PARTIAL_MARKER =
      Pattern.compile("(?i)remaining\\s+IMR\\s+eligible|The\\s+original\\s+request\\s*,");
  private static final Pattern ORIGINAL_REQUEST = Pattern.compile("(?i)\\boriginal\\s+request\\.");

  /**
   * Page numbers and running case-number headers that a page break can put between an outcome and
   * its labels.
   */
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "(?i)\\s*(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|\\d{1,3}|CM\\d{2}-\\d{7}|-\\s*\\d{1,3}\\s*-)\\s*");

  /** Lines an item paragraph may span when no blank line marks its start. */
  private static final int MAX_ITEM_LINES = 8;

  private final DecisionAssembler assembler;

  LabelledDecisionParser(DecisionAssembler assembler) {
    this.assembler = assembler;
  }

  /**
   * @param lines the letter
   * @param from first line of the decisions (after the section heading and its introduction)
   * @param to end of the decisions section (exclusive)
   * @param section the section's name, for messages
   * @param heading the line of the section's heading, or -1 when the letter has none (excerpts)
   */
  List<Decision> parse(Lines lines, int from, int to, String section, int heading)
      throws LetterParseException {
    List<Label> labels = labels(lines, from, to);
    if (labels.isEmpty()) {
      throw new LetterParseException(
          FailureCode.NO_DECISIONS,
          "section '"
              + section
              + "'"
              + (heading >= 0 ? " (line " + Lines.human(heading) + ")" : "")
              + " has no 'Claims Administrator guideline:', "
              + "'MAXIMUS guideline:' or 'Decision rationale:' paragraph");
    }
    List<List<Label>> groups = group(labels);
    for (int g = 0; g < groups.size(); g++) {
      requireLabels(lines, groups.get(g), g + 1, g == groups.size() - 1);
    }
    List<Decision> decisions = new ArrayList<>();
    int spanStart = from;
    ItemBlock previousItem = null;
    List<Label> previousGroup = null;
    for (int g = 0; g < groups.size(); g++) {
      List<Label> group = groups.get(g);
      int number = g + 1;
      ItemBlock item = readItem(lines, spanStart, group.get(0).line(), g == 0, number);
      if (previousGroup != null) {
        decisions.add(
            decision(lines, decisions.size() + 1, previousItem, previousGroup, item.firstLine()));
      }
      previousItem = item;
      previousGroup = group;
      Label rationale = find(group, Kind.RATIONALE);
      spanStart = rationale != null ? rationale.line() + 1 : group.get(group.size() - 1).line() + 1;
    }
    decisions.add(decision(lines, decisions.size() + 1, previousItem, previousGroup, to));
    return decisions;
  }

  private static List<Label> labels(Lines lines, int from, int to) {
    List<Label> labels = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (!mayBeLabel(line)) {
        continue;
      }
      for (Kind kind : Kind.values()) {
        Matcher m = pattern(kind).matcher(line);
        if (m.lookingAt()) {
          labels.add(new Label(kind, i, m.end()));
          break;
        }
      }
    }
    return labels;
  }

  /**
   * Every decision needs the reviewer's guideline and a rationale; a missing last one means a
   * truncated letter.
   */
  private static void requireLabels(Lines lines, List<Label> group, int number, boolean last)
      throws LetterParseException {
    String where = "decision " + number + " (line " + Lines.human(group.get(0).line()) + ")";
    if (find(group, Kind.REVIEWER) == null) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION, where + " has no 'MAXIMUS guideline:' paragraph");
    }
    if (find(group, Kind.RATIONALE) == null) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          where
              + " has no 'Decision rationale:' paragraph"
              + (last ? "; the letter looks truncated" : ""));
    }
    Label rationale = find(group, Kind.RATIONALE);
    if (last
        && lines.get(rationale.line()).substring(rationale.contentStart()).isBlank()
        && (rationale.line() + 1 >= lines.size()
            || lines.folded(rationale.line() + 1, lines.size()).isBlank())) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          where + " has an empty 'Decision rationale:'; " + "the letter looks truncated");
    }
  }

  /** How labels start: a cheap test that spares most lines the patterns. */
  private static final String[] LABEL_STARTS = {
    "Claims Administrator",
    "MAXIMUS",
    "Decision rationale",
    "Guideline",
    "Expert Reviewer",
    "Rationale"
  };

  private static boolean mayBeLabel(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    if (line.indexOf(':', i) < 0) {
      return false;
    }
    for (String start : LABEL_STARTS) {
      if (line.regionMatches(true, i, start, 0, start.length())) {
        return true;
      }
    }
    return false;
  }

  private static Pattern pattern(Kind kind) {
    return switch (kind) {
      case CLAIMS_ADMINISTRATOR -> CLAIMS_ADMINISTRATOR;
      case REVIEWER -> REVIEWER;
      case RATIONALE -> RATIONALE;
    };
  }

  /**
   * A new decision starts at a label that does not come later in the fixed order than the one
   * before it.
   */
  private static List<List<Label>> group(List<Label> labels) {
    List<List<Label>> groups = new ArrayList<>();
    List<Label> current = null;
    for (Label label : labels) {
      if (current == null
          || label.kind().ordinal() <= current.get(current.size() - 1).kind().ordinal()) {
        current = new ArrayList<>();
        groups.add(current);
      }
      current.add(label);
    }
    return groups;
  }

  private record ItemBlock(int firstLine, DisputedItem item, Outcome outcome) {}

  private ItemBlock readItem(Lines lines, int spanStart, int labelLine, boolean first, int number)
      throws LetterParseException {
    int last = labelLine - 1;
    while (last >= spanStart
        && (lines.isBlank(last) || PAGE_FURNITURE.matcher(lines.get(last)).matches())) {
      last--;
    }
    if (last < spanStart) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision "
              + number
              + ": no item and outcome "
              + "before '"
              + lines.get(labelLine).trim()
              + "' at line "
              + Lines.human(labelLine));
    }
    int start = itemStart(lines, spanStart, last, first);
    String block = lines.folded(start, last + 1);
    Outcome outcome;
    String itemText;
    Matcher explicit = OUTCOME_AT_END.matcher(block);
    Matcher necessity = NECESSITY.matcher(block);
    if (explicit.find()) {
      outcome = Outcome.valueOf(explicit.group(1).toUpperCase(Locale.ROOT));
      itemText = block.substring(0, explicit.start());
    } else if (necessity.find()) {
      outcome = necessity.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
      itemText = block.substring(0, necessity.start());
    } else {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision "
              + number
              + ": no outcome (Upheld or "
              + "Overturned) ends the item paragraph at line "
              + Lines.human(last)
              + " ('"
              + abbreviate(lines.get(last))
              + "')");
    }
    itemText = NUMBER_PREFIX.matcher(itemText.trim()).replaceFirst("");
    DisputedItem item = ItemParser.parse(itemText);
    if (item.item().isEmpty()) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          "decision " + number + ": the outcome at line " + Lines.human(last) + " names no item");
    }
    return new ItemBlock(start, item, outcome);
  }

  private static int itemStart(Lines lines, int spanStart, int last, boolean first) {
    int start = spanStart;
    for (int i = last; i >= spanStart; i--) {
      if (lines.isBlank(i)) {
        int before = i;
        while (before >= spanStart && lines.isBlank(before)) {
          before--;
        }
        if (before >= spanStart && continuesAcrossBreak(lines.get(before), lines.get(i + 1))) {
          i = before + 1; // a page break inside the item's sentence, not the paragraph break before
          // the item
          continue;
        }
        start = i + 1;
        break;
      }
    }
    for (int i = last; i >= start; i--) {
      if (NUMBERED.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    if (start > spanStart || first) {
      return start;
    }
    // No blank line between the previous rationale and this item: walk back to the last line that
    // ends a sentence.
    int walk = last;
    while (walk > spanStart
        && last - walk < MAX_ITEM_LINES
        && !SENTENCE_END.matcher(lines.get(walk - 1)).matches()) {
      walk--;
    }
    if (PARTIAL_MARKER.matcher(lines.folded(walk, last + 1)).find()
        && !ORIGINAL_REQUEST.matcher(lines.folded(walk, last + 1)).find()) {
      // A partial certification spans several sentences; extend to the one that states the original
      // request.
      for (int i = walk - 1; i >= Math.max(spanStart, walk - MAX_ITEM_LINES); i--) {
        if (ORIGINAL_REQUEST.matcher(lines.get(i)).find()) {
          int sentenceStart = i;
          while (sentenceStart > spanStart
              && !SENTENCE_END.matcher(lines.get(sentenceStart - 1)).matches()) {
            sentenceStart--;
          }
          return sentenceStart;
        }
      }
    }
    return walk;
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

  private Decision decision(Lines lines, int index, ItemBlock item, List<Label> group, int end) {
    Label claimsAdministrator = find(group, Kind.CLAIMS_ADMINISTRATOR);
    Label reviewer = find(group, Kind.REVIEWER);
    Label rationale = find(group, Kind.RATIONALE);
    return assembler.assemble(
        index,
        item.item(),
        item.outcome(),
        paragraph(lines, claimsAdministrator, group, end),
        paragraph(lines, reviewer, group, end),
        paragraph(lines, rationale, group, end));
  }

  /**
   * The text of a label's paragraph: from the label to the next label of the group, or to {@code
   * end}.
   */
  private static String paragraph(Lines lines, Label label, List<Label> group, int end) {
    if (label == null) {
      return null;
    }
    int next = end;
    for (Label other : group) {
      if (other.line() > label.line()) {
        next = Math.min(next, other.line());
      }
    }
    String first = lines.get(label.line()).substring(label.contentStart());
    int capacity = first.length() + 1;
    for (int i = label.line() + 1; i < next; i++) {
      capacity += lines.get(i).length() + 1;
    }
    TextNormalizer.Folder folder = new TextNormalizer.Folder(capacity);
    folder.append(first).newLine();
    for (int i = label.line() + 1; i < next; i++) {
      folder.append(lines.get(i)).newLine();
    }
    return folder.toString();
  }

  private static Label find(List<Label> group, Kind kind) {
    for (Label label : group) {
      if (label.kind() == kind) {
        return label;
      }
    }
    return null;
  }

  static String abbreviate(String text) {
    String t = text.trim();
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }
}
