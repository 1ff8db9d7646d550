package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Reviewer;
import org.imrstream.parser.text.Patterns;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the reviewer's credentials, from the labelled form ("State(s) of Licensure: ..." and
 * "Certification(s)/Specialty: ...") or the prose form ("is Board Certified in X, has a
 * subspecialty in Y and is licensed to practice in Z").
 */
final class ReviewerParser {

  private static final Pattern LICENSURE =
      Pattern.compile("(?i)State\\(?s?\\)?\\s+of\\s+Licensure\\s*:\\s*");
  private static final Pattern SPECIALTY =
      Pattern.compile("(?i)Certifications?\\(?s?\\)?\\s*/\\s*Specialt(?:y|ies)\\s*:\\s*");

  /** What ends a labelled value (lower case): the other label or the next section. */
  private static final String[] VALUE_ENDS = {
    "state(s) of licensure",
    "states of licensure",
    "state of licensure",
    "certification",
    "case summary",
    "documents reviewed"
  };

  private static final int MAX_VALUE = 300;
  private static final Pattern PROSE =
      Pattern.compile(
          "(?i)\\bBoard[- ]Certified\\s+in\\s+(.{1,200}?)"
              + "(?:,?\\s+(?:and\\s+)?has\\s+a\\s+sub-?specialty\\s+in\\s+(.{1,200}?))?"
              + ",?\\s+and\\s+(?:is\\s+)?licensed\\s+to\\s+practice\\s+in\\s+(.{1,200}?)\\s*(?:\\.|$)");
  private static final Pattern LICENSED_ONLY =
      Pattern.compile("(?i)\\blicensed\\s+to\\s+practice\\s+in\\s+(.{1,200}?)\\s*(?:\\.|$)");
  private static final Pattern STATE_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
  private static final Pattern SPECIALTY_SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:and\\s+)?");

  private ReviewerParser() {}

  /**
   * @param region the text around the credentials (the "how the determination was made" section)
   */
  static Reviewer parse(String region) {
    String folded = TextNormalizer.fold(region);
    LinkedHashSet<String> states = new LinkedHashSet<>();
    LinkedHashSet<String> specialties = new LinkedHashSet<>();
    String licensure = labelledValue(LICENSURE, folded);
    if (licensure != null) {
      states.addAll(split(licensure, STATE_SEPARATOR));
    }
    String specialty = labelledValue(SPECIALTY, folded);
    if (specialty != null) {
      specialties.addAll(split(specialty, SPECIALTY_SEPARATOR));
    }
    // The prose patterns are costlier; run them only where their words occur.
    boolean licensedPhrase = folded.contains("icensed to practice");
    Matcher prose = licensedPhrase && folded.contains("ertified") ? PROSE.matcher(folded) : null;
    if (prose != null && prose.find()) {
      specialties.addAll(split(prose.group(1), SPECIALTY_SEPARATOR));
      if (prose.group(2) != null) {
        specialties.addAll(split(prose.group(2), SPECIALTY_SEPARATOR));
      }
      states.addAll(split(prose.group(3), STATE_SEPARATOR));
    } else if (states.isEmpty() && licensedPhrase) {
      Matcher licensed = LICENSED_ONLY.matcher(folded);
      if (licensed.find()) {
        states.addAll(split(licensed.group(1), STATE_SEPARATOR));
      }
    }
    return new Reviewer(List.copyOf(states), List.copyOf(specialties));
  }

  /**
   * The text after {@code label}, up to the next label or section (at most {@value #MAX_VALUE}
   * characters).
   */
  private static String labelledValue(Pattern label, String text) {
    Matcher m =
        Patterns.findNear(label, text, label == LICENSURE ? "Licensure" : "Specialt", 40, 40);
    if (m == null) {
      return null;
    }
    int start = m.end();
    int limit = Math.min(text.length(), start + MAX_VALUE);
    String value = text.substring(start, limit);
    String lower = value.toLowerCase(Locale.ROOT);
    int end = value.length();
    for (String marker : VALUE_ENDS) {
      int at = lower.indexOf(marker);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    // "CLINICAL CASE SUMMARY" ends the value at "CLINICAL", not at "CASE".
    String kept = value.substring(0, end);
    return kept.endsWith("CLINICAL ") ? kept.substring(0, kept.length() - 9) : kept;
  }

  private static String trimDots(String text) {
    int start = 0;
    int end = text.length();
    while (start < end
        && (text.charAt(start) == '.' || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    while (end > start
        && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static List<String> split(String value, Pattern separator) {
    List<String> out = new ArrayList<>();
    for (String part : separator.split(value.trim())) {
      String cleaned = trimDots(part);
      if (!cleaned.isEmpty()) {
        out.add(cleaned);
      }
    }
    return out;
  }
}
