package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Decision;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.Layout;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.Outcome;
import org.imrstream.parser.ParseResult;
import org.imrstream.parser.Patient;
import org.imrstream.parser.Reviewer;
import org.imrstream.parser.text.TextNormalizer;

/**
 * The "MEDICAL PROFESSIONAL REVIEW" layout: upper-case headings ending in a colon ("ISSUE AT
 * DISPUTE:", "CASE SUMMARY:", "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER
 * AND WHY:", "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:").
 * The n-th issue pairs with the n-th rationale. The outcome is stated ("Upheld"/"Overturned") or
 * read from the rationale's conclusion ("... is not medically necessary" upholds the denial); a
 * rationale that concludes neither way is a failure, not a guess.
 */
final class MedicalProfessionalReviewParser {

  private enum Kind {
    ISSUE,
    SUMMARY,
    GUIDELINE,
    RATIONALE,
    CLAIMS_ADMINISTRATOR,
    OUTCOME,
    OTHER
  }

  private record Section(Kind kind, int line, String content) {}

  /**
   * An upper-case heading that ends in a colon, with the text that may follow it on the same line.
   */
  private static final Pattern HEADING =
      Pattern.compile("\\s*([A-Z][A-Z0-9 /()'\u2019,&.\\-]{3,140}):\\s*(.*)");

  /** The first line of a heading that wraps: upper case, no colon. */
  private static final Pattern HEADING_START =
      Pattern.compile("\\s*[A-Z][A-Z0-9 /()'\u2019,&.\\-]{10,140}");

  /** Blank lines a wrapped heading may have between its two lines (double-spaced text). */
  private static final int MAX_BLANKS_IN_HEADING = 2;

  private static final Pattern STATED_OUTCOME =
      Pattern.compile("(?i)(?:^|(?<=[\\s:.,;\\-]))(upheld|overturned)[.!]?\\s*$");
  private static final Pattern CONCLUSION =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|be|is/was)\\s+(not\\s+)?medically\\s+(?:necessary|appropriate)\\b");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d{1,2}[.)]\\s+");

  private final DecisionAssembler assembler;

  MedicalProfessionalReviewParser(DecisionAssembler assembler) {
    this.assembler = assembler;
  }

  Letter parse(Lines lines, String source) throws LetterParseException {
    List<Section> sections = sections(lines);
    List<Section> issues = of(sections, Kind.ISSUE);
    List<Section> guidelines = of(sections, Kind.GUIDELINE);
    List<Section> rationales = of(sections, Kind.RATIONALE);
    List<Section> claimsAdministrator = of(sections, Kind.CLAIMS_ADMINISTRATOR);
    List<Section> outcomes = of(sections, Kind.OUTCOME);
    if (issues.isEmpty()) {
      throw new LetterParseException(FailureCode.NO_DECISIONS, "no 'ISSUE AT DISPUTE:' section");
    }
    int firstIssue = issues.get(0).line();
    LetterHeader header = HeaderParser.parse(lines.text(0, firstIssue));
    if (rationales.size() != issues.size()) {
      throw new LetterParseException(
              FailureCode.MALFORMED_DECISION,
              issues.size()
                  + " 'ISSUE AT DISPUTE:' section(s) "
                  + "but "
                  + rationales.size()
                  + " 'RATIONALE ...:' section(s); cannot tell which rationale decides which "
                  + "issue")
          .withHeader(header);
    }
    Reviewer reviewer = ReviewerParser.parse(lines.text(0, lines.size()));
    List<Section> summaries = of(sections, Kind.SUMMARY);
    Patient patient =
        summaries.isEmpty() ? Patient.UNKNOWN : PatientParser.parse(summaries.get(0).content());

    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      Section issue = issues.get(i);
      String itemText = TextNormalizer.fold(issue.content());
      String rationale = TextNormalizer.fold(rationales.get(i).content());
      Outcome outcome = null;
      Matcher stated = STATED_OUTCOME.matcher(itemText);
      if (stated.find()) {
        outcome = Outcome.valueOf(stated.group(1).toUpperCase(Locale.ROOT));
        itemText = itemText.substring(0, stated.start());
      } else if (outcomes.size() == issues.size()) {
        Matcher declared = STATED_OUTCOME.matcher(TextNormalizer.fold(outcomes.get(i).content()));
        outcome =
            declared.find() ? Outcome.valueOf(declared.group(1).toUpperCase(Locale.ROOT)) : null;
      }
      if (outcome == null) {
        outcome = conclusion(rationale);
      }
      if (outcome == null) {
        throw new LetterParseException(
                FailureCode.MALFORMED_DECISION,
                "issue "
                    + (i + 1)
                    + " (line "
                    + Lines.human(issue.line())
                    + "): neither an outcome nor a conclusion ('is medically necessary' / 'is not "
                    + "medically necessary') in its rationale",
                new ParseResult.UnreadableDecision(i + 1, itemName(itemText)))
            .withHeader(header);
      }
      String item =
          ItemParser.stripTrailingVerb(NUMBER_PREFIX.matcher(itemText.trim()).replaceFirst(""));
      if (item.isEmpty()) {
        throw new LetterParseException(
                FailureCode.MALFORMED_DECISION,
                "issue " + (i + 1) + " (line " + Lines.human(issue.line()) + ") names no item",
                new ParseResult.UnreadableDecision(i + 1, null))
            .withHeader(header);
      }
      String guideline = pick(guidelines, i, issues.size());
      String claims = pick(claimsAdministrator, i, issues.size());
      decisions.add(
          assembler.assemble(
              i + 1, DisputedItem.whole(item), outcome, claims, guideline, rationale));
    }
    return new Letter(
        source, Layout.MEDICAL_PROFESSIONAL_REVIEW, header, reviewer, patient, decisions);
  }

  /** The issue as named, for a failure's report; null when it names nothing. */
  private static String itemName(String itemText) {
    String item =
        ItemParser.stripTrailingVerb(NUMBER_PREFIX.matcher(itemText.trim()).replaceFirst(""));
    return item.isEmpty() ? null : item;
  }

  /** The last conclusion in the rationale decides: "not medically necessary" upholds the denial. */
  private static Outcome conclusion(String rationale) {
    Matcher m = CONCLUSION.matcher(rationale);
    Outcome last = null;
    while (m.find()) {
      last = m.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
    }
    return last;
  }

  /** One section per issue, or one shared by all issues. */
  private static String pick(List<Section> sections, int index, int issues) {
    if (sections.size() == issues) {
      return TextNormalizer.fold(sections.get(index).content());
    }
    return sections.size() == 1 ? TextNormalizer.fold(sections.get(0).content()) : null;
  }

  private static List<Section> of(List<Section> sections, Kind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }

  /**
   * A heading found: its text (both lines joined when it wraps), first line, and where its content
   * starts.
   */
  private record Heading(String text, int line, int contentLine, String sameLineContent) {}

  private static List<Section> sections(Lines lines) {
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HEADING.matcher(lines.get(i));
      if (m.matches() && m.group(1).chars().anyMatch(Character::isLetter)) {
        headings.add(new Heading(m.group(1), i, i + 1, m.group(2)));
      } else if (i + 1 < lines.size() && HEADING_START.matcher(lines.get(i)).matches()) {
        // Long headings wrap: "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL" /
        // "REVIEWER AND WHY:" (a blank line between, where the text is double-spaced).
        int next = i + 1;
        while (next + 1 < lines.size()
            && lines.isBlank(next)
            && next - i <= MAX_BLANKS_IN_HEADING) {
          next++;
        }
        Matcher rest = HEADING.matcher(lines.get(next));
        // Only a fragment ("REVIEWER AND WHY:") continues a heading; a heading of its own starts a
        // new section.
        if (rest.matches() && kind(rest.group(1)) == Kind.OTHER) {
          headings.add(
              new Heading(lines.get(i).trim() + " " + rest.group(1), i, next + 1, rest.group(2)));
          i = next;
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      int next = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
      sections.add(
          new Section(
              kind(heading.text()),
              heading.line(),
              heading.sameLineContent() + "\n" + lines.text(heading.contentLine(), next)));
    }
    return sections;
  }

  private static Kind kind(String heading) {
    String h = heading.toUpperCase(Locale.ROOT);
    if (h.matches("ISSUES? AT DISPUTE")) {
      return Kind.ISSUE;
    }
    if (h.endsWith("CASE SUMMARY")) {
      return Kind.SUMMARY;
    }
    if (h.contains("GUIDELINE") && h.contains("REVIEWER")) {
      return Kind.GUIDELINE;
    }
    if (h.contains("GUIDELINE") && h.contains("CLAIMS ADMINISTRATOR")) {
      return Kind.CLAIMS_ADMINISTRATOR;
    }
    if (h.startsWith("RATIONALE")) {
      return Kind.RATIONALE;
    }
    if (h.equals("DETERMINATION")
        || h.equals("DECISION")
        || h.equals("OUTCOME")
        || h.equals("FINAL DETERMINATION")) {
      return Kind.OUTCOME;
    }
    return Kind.OTHER;
  }
}
