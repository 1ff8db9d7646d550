package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Decision;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.ParseResult;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the decisions of the MAXIMUS layouts, where every disputed item is an item paragraph with
 * its outcome, then labelled paragraphs: the claims administrator's guideline, the expert
 * reviewer's guideline, the rationale.
 *
 * <p>The labels are the anchors: an outcome word counts only where a label paragraph follows it, so
 * "upheld" in a rationale is never mistaken for a decision. The item and its outcome are what
 * stands between the previous rationale and the labels ({@link ItemReader}). Page furniture in a
 * label's paragraph is left out of its text.
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
    int[] labelLines = labels.stream().mapToInt(Label::line).toArray();
    ItemReader items =
        new ItemReader(lines, ItemReader.blankLinesEndParagraphs(lines, labelLines, from, to));
    List<Decision> decisions = new ArrayList<>();
    int spanStart = from;
    int spanColumn = 0;
    ItemReader.Item previousItem = null;
    List<Label> previousGroup = null;
    for (int g = 0; g < groups.size(); g++) {
      List<Label> group = groups.get(g);
      int number = g + 1;
      ItemReader.Item item =
          items.read(
              new ItemReader.Span(spanStart, spanColumn), group.get(0).line(), g == 0, number);
      requireLabels(lines, group, number, g == groups.size() - 1, item.item().item());
      if (previousGroup != null) {
        decisions.add(
            decision(
                lines,
                decisions.size() + 1,
                previousItem,
                previousGroup,
                item.firstLine(),
                item.leadIn()));
      }
      previousItem = item;
      previousGroup = group;
      // The next item follows the rationale, on its lines or (in run-on text) on its label's line.
      Label rationale = find(group, Kind.RATIONALE);
      spanStart = rationale != null ? rationale.line() : group.get(group.size() - 1).line() + 1;
      spanColumn = rationale != null ? rationale.contentStart() : 0;
    }
    decisions.add(decision(lines, decisions.size() + 1, previousItem, previousGroup, to, ""));
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
  private static void requireLabels(
      Lines lines, List<Label> group, int number, boolean last, String item)
      throws LetterParseException {
    String where =
        "decision "
            + number
            + " '"
            + abbreviate(item)
            + "' (line "
            + Lines.human(group.get(0).line())
            + ")";
    ParseResult.UnreadableDecision decision = new ParseResult.UnreadableDecision(number, item);
    if (find(group, Kind.REVIEWER) == null) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          where + " has no 'MAXIMUS guideline:' paragraph",
          decision);
    }
    if (find(group, Kind.RATIONALE) == null) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          where
              + " has no 'Decision rationale:' paragraph"
              + (last ? "; the letter looks truncated" : ""),
          decision);
    }
    Label rationale = find(group, Kind.RATIONALE);
    if (last
        && lines.get(rationale.line()).substring(rationale.contentStart()).isBlank()
        && (rationale.line() + 1 >= lines.size()
            || lines.folded(rationale.line() + 1, lines.size()).isBlank())) {
      throw new LetterParseException(
          FailureCode.MALFORMED_DECISION,
          where + " has an empty 'Decision rationale:'; " + "the letter looks truncated",
          decision);
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

  /**
   * @param end the line where the next item starts (or the section's end)
   * @param leadIn the text of line {@code end} before that item: the end of this decision's last
   *     paragraph
   */
  private Decision decision(
      Lines lines, int index, ItemReader.Item item, List<Label> group, int end, String leadIn) {
    Label claimsAdministrator = find(group, Kind.CLAIMS_ADMINISTRATOR);
    Label reviewer = find(group, Kind.REVIEWER);
    Label rationale = find(group, Kind.RATIONALE);
    return assembler.assemble(
        index,
        item.item(),
        item.outcome(),
        paragraph(lines, claimsAdministrator, group, end, leadIn),
        paragraph(lines, reviewer, group, end, leadIn),
        paragraph(lines, rationale, group, end, leadIn));
  }

  /**
   * The text of a label's paragraph: from the label to the next label of the group, or to {@code
   * end} and the {@code leadIn} of that line; without the page furniture a page break put in it.
   */
  private static String paragraph(
      Lines lines, Label label, List<Label> group, int end, String leadIn) {
    if (label == null) {
      return null;
    }
    int next = end;
    boolean last = true;
    for (Label other : group) {
      if (other.line() > label.line()) {
        next = Math.min(next, other.line());
        last = false;
      }
    }
    if (last && end <= label.line()) {
      // The next item runs on from this label's own line.
      return leadIn;
    }
    String first = lines.get(label.line()).substring(label.contentStart());
    int capacity = first.length() + 1;
    for (int i = label.line() + 1; i < next; i++) {
      capacity += lines.get(i).length() + 1;
    }
    TextNormalizer.Folder folder = new TextNormalizer.Folder(capacity);
    folder.append(first).newLine();
    for (int i = label.line() + 1; i < next; i++) {
      if (!lines.isFurniture(i)) {
        folder.append(lines.get(i)).newLine();
      }
    }
    if (last && !leadIn.isEmpty()) {
      folder.append(leadIn);
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
