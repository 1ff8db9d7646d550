package org.imrstream.parser.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Patient;
import org.imrstream.parser.Sex;
import org.imrstream.parser.text.Patterns;
import org.imrstream.parser.text.TextNormalizer;

/** Reads the patient's age and sex where the case summary states them ("a 45-year-old female"). */
final class PatientParser {

  private static final Pattern AGE =
      Pattern.compile("(?i)\\b(\\d{1,3})(?:\\s*|-)(?:year|yr)s?(?:\\s*|-)old\\b");
  private static final Pattern SEX_AFTER_AGE =
      Pattern.compile(
          "(?i)^\\W{0,3}(?:[a-z]+\\W{1,3}){0,3}?(female|male|woman|man|gentleman|lady|girl|boy)\\b");
  private static final Pattern SEX_ANYWHERE =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:patient|applicant|injured worker|employee|claimant)\\s+is\\s+an?\\s+"
              + "(?:\\d{1,3}\\W{1,2}year\\W{1,2}old\\s+)?(female|male|woman|man)\\b");

  private static final int SUMMARY_HEAD = 1_500;

  /** How many lines of the summary to hand over: enough for {@link #SUMMARY_HEAD} characters. */
  static final int LINES = 16;

  private PatientParser() {}

  static Patient parse(String summary) {
    // Age and sex open the summary ("The applicant is a 45-year-old ..."): no need to read all of
    // it.
    String folded =
        TextNormalizer.fold(
            summary.length() > SUMMARY_HEAD ? summary.substring(0, SUMMARY_HEAD) : summary);
    Integer age = null;
    Sex sex = null;
    Matcher ageMatcher = Patterns.findNear(AGE, folded, "ear", 12, 12);
    if (ageMatcher != null) {
      int value = Integer.parseInt(ageMatcher.group(1));
      age = value > 0 && value < 120 ? value : null;
      String after =
          folded.substring(ageMatcher.end(), Math.min(folded.length(), ageMatcher.end() + 40));
      Matcher sexMatcher = SEX_AFTER_AGE.matcher(after);
      if (sexMatcher.find()) {
        sex = sex(sexMatcher.group(1));
      }
    }
    if (sex == null && Patterns.containsAny(folded, " is a ", " is an ", " IS A ")) {
      Matcher anywhere = SEX_ANYWHERE.matcher(folded);
      if (anywhere.find()) {
        sex = sex(anywhere.group(1));
      }
    }
    return age == null && sex == null ? Patient.UNKNOWN : new Patient(age, sex);
  }

  private static Sex sex(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "female", "woman", "lady", "girl" -> Sex.FEMALE;
      default -> Sex.MALE;
    };
  }
}
