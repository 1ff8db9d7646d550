package org.imrstream.parser.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;
import org.imrstream.parser.text.Scan;

/**
 * Splits a guideline paragraph into its citations and hands each to the reader of its kind: MTUS
 * statements to {@link MtusCitationReader}, ODG, ACOEM and other evidence to {@link
 * ChapterCitationReader}.
 *
 * <p>Today's letters write one statement per body of guidance ("Decision based on MTUS ... Decision
 * based on Non-MTUS Citation ..."); older ones write free sentences, where a sentence that names
 * the MTUS is an MTUS citation. A paragraph that says nothing was cited gives one {@link
 * GuidelineFamily#NONE} citation.
 *
 * <p>All patterns here and in the readers are linear (no nested quantifiers) and the input is
 * capped ({@link CitationText#capped}), so a hostile paragraph costs bounded time. Stateless and
 * thread-safe.
 */
final class CitationDispatcher implements ParagraphParser {

  private static final Pattern NON_MTUS_STATEMENT =
      Pattern.compile(
          "(?i)^Decision based on\\s+(?:the\\s+)?Non\\s?-?\\s?MTUS(?:\\s+Citations?)?\\s*:?\\s*");
  private static final Pattern MTUS_STATEMENT =
      Pattern.compile(
          "(?i)^Decision based on\\s+(?:the\\s+)?(?:California\\s+|CA\\s+)?MTUS\\b\\s*:?\\s*");
  private static final Pattern DECISION_BASED_ON = Pattern.compile("(?i)^Decision based on\\s*");
  private static final Pattern NO_EVIDENCE =
      Pattern.compile(
          "(?i)\\b(?:did not cite any|did not cite|no medical evidence|no guidelines? (?:was|were) cited|cited no)\\b");

  /**
   * "MTUS" as a name, not inside "Non-MTUS", and not the "MTUS Guidelines." that closes a preamble.
   */
  private static final Pattern MTUS_MENTION =
      Pattern.compile("(?<![-\\w])MTUS\\b(?!\\s+Guidelines\\.)");

  private static final Pattern NEGATED_MTUS =
      Pattern.compile("(?i)(?:outside of|not base their decision on|not based on) the MTUS");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;])\\s+(?=[A-Z])");
  private static final Pattern AFTER_MTUS = Pattern.compile("^\\s*(?:Guidelines?\\s*)?[,:(]?\\s*");
  private static final Pattern OTHER_GUIDELINES =
      Pattern.compile("(?i)\\s*\\band Other Medical Treatment Guidelines?\\b\\s*");
  private static final Pattern SEE_ALSO = Pattern.compile("(?i)\\s*;\\s*see also\\s+");

  private final MtusCitationReader mtus;
  private final ChapterCitationReader chapters;

  CitationDispatcher(GuidelineCatalogue catalogue) {
    this(new MtusCitationReader(catalogue), new ChapterCitationReader(catalogue));
  }

  CitationDispatcher(MtusCitationReader mtus, ChapterCitationReader chapters) {
    this.mtus = mtus;
    this.chapters = chapters;
  }

  @Override
  public List<Citation> parse(String paragraph) {
    if (paragraph == null || paragraph.isBlank()) {
      return List.of();
    }
    String text = CitationText.capped(paragraph);
    List<Citation> citations = new ArrayList<>();
    List<String> statements = statements(text);
    if (statements.isEmpty()) {
      freeText(text, citations);
    }
    for (String statement : statements) {
      Matcher nonMtus = NON_MTUS_STATEMENT.matcher(statement);
      Matcher mtusStatement = MTUS_STATEMENT.matcher(statement);
      if (nonMtus.find()) {
        nonMtus(statement.substring(nonMtus.end()), citations);
      } else if (mtusStatement.find()) {
        citations.addAll(mtus.read(statement.substring(mtusStatement.end())));
      } else {
        freeText(DECISION_BASED_ON.matcher(statement).replaceFirst(""), citations);
      }
    }
    if (citations.isEmpty() && noEvidence(text)) {
      citations.add(Citation.none(text));
    }
    return List.copyOf(citations);
  }

  /**
   * Splits at each "Decision based on"; text before the first one is a preamble and carries no
   * citation.
   */
  static List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int at = statementAt(text, 0); at >= 0; at = statementAt(text, at + 1)) {
      if (start >= 0) {
        out.add(text.substring(start, at).trim());
      }
      start = at;
    }
    if (start >= 0) {
      out.add(text.substring(start).trim());
    }
    return out;
  }

  /** Where "Decision based on" (any case, as whole words) next starts, or -1. */
  private static int statementAt(String text, int from) {
    for (int at = Scan.indexOfIgnoreCase(text, "decision based on", from);
        at >= 0;
        at = Scan.indexOfIgnoreCase(text, "decision based on", at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Older or free wording: each sentence that names the MTUS is read as MTUS, the rest as other
   * evidence.
   */
  private void freeText(String text, List<Citation> out) {
    if (noEvidence(text) && !text.contains("ODG") && !MTUS_MENTION.matcher(text).find()) {
      return;
    }
    for (String sentence : SENTENCE_BREAK.split(text)) {
      Matcher mention = MTUS_MENTION.matcher(sentence);
      if (mention.find() && !NEGATED_MTUS.matcher(sentence).find()) {
        String rest = AFTER_MTUS.matcher(sentence.substring(mention.end())).replaceFirst("");
        out.addAll(mtus.read(rest.isEmpty() ? sentence : rest));
      } else if (!noEvidence(sentence)
          && !NEGATED_MTUS.matcher(sentence).find()
          && !sentence.isBlank()) {
        nonMtus(sentence, out);
      }
    }
  }

  /**
   * A non-MTUS statement may cite several sources: "X and Other Medical Treatment Guidelines Y",
   * "X; see also Y".
   */
  private void nonMtus(String body, List<Citation> out) {
    String text = CitationText.stripEnd(body);
    for (String part : OTHER_GUIDELINES.split(text)) {
      for (String sub : SEE_ALSO.split(part)) {
        if (!CitationText.clean(sub).isEmpty()) {
          String citation = sub.trim();
          out.add(chapters.read(family(citation), citation));
        }
      }
    }
  }

  /** The body of guidance one non-MTUS citation belongs to, by the name it gives. */
  static GuidelineFamily family(String citation) {
    if (Scan.containsIgnoreCase(citation, "ODG")
        || Scan.containsIgnoreCase(citation, "Official Disability Guideline")) {
      return GuidelineFamily.ODG;
    }
    return Scan.containsIgnoreCase(citation, "ACOEM")
        ? GuidelineFamily.ACOEM
        : GuidelineFamily.OTHER;
  }

  private static boolean noEvidence(String text) {
    return (CitationText.mayHave(text, "cite") || CitationText.mayHave(text, "evidence"))
        && NO_EVIDENCE.matcher(text).find();
  }
}
