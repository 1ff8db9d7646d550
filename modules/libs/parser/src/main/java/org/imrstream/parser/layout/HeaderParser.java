package org.imrstream.parser.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.text.Patterns;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the header block. Labels are searched in the folded header text because PDF extraction puts
 * two label columns on one line and splits "Application Received:" over two.
 */
final class HeaderParser {

  private static final String DATE = "(\\d{1,2}/\\d{1,2}/\\d{4})";
  private static final Pattern CASE_NUMBER =
      Pattern.compile("(?i)\\bCase\\s*(?:Number|No\\.?|#)\\s*:?\\s*([A-Z]{2}\\d{2}-\\d{6,8})\\b");
  private static final Pattern DATE_ASSIGNED =
      Pattern.compile("(?i)\\bDate\\s+Assigned\\s*:\\s*" + DATE);
  private static final Pattern DECISION_DATE =
      Pattern.compile(
          "(?i)\\b(?:Decision\\s+Date|Date\\s+of\\s+(?:IMR\\s+)?Decision|Dated)\\s*:\\s*" + DATE);
  private static final Pattern DATE_OF_INJURY =
      Pattern.compile("(?i)\\bDate\\s+of\\s+Injury\\s*:\\s*" + DATE);
  private static final Pattern UR_DENIAL_DATE =
      Pattern.compile(
          "(?i)\\b(?:UR\\s+Denial\\s+Date|Date\\s+of\\s+UR\\s+(?:Decision|Denial))\\s*:\\s*"
              + DATE);
  private static final Pattern APPLICATION_RECEIVED =
      Pattern.compile("(?i)\\b(?:(?:IMR\\s+)?Application\\s+)?Received\\s*:\\s*" + DATE);
  private static final Pattern PRIORITY =
      Pattern.compile(
          "(?i)\\bPriority\\s*:\\s*([A-Za-z][A-Za-z ]{0,40}?)\\s*(?=(?:IMR\\s+)?Application\\s+Received|Received\\s*:|"
              + "Case\\s+Number|Date\\s|Decision\\s+Date|UR\\s+Denial|$)");
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private HeaderParser() {}

  static LetterHeader parse(String headerRegion) {
    String folded = TextNormalizer.fold(headerRegion);
    return new LetterHeader(
        group(CASE_NUMBER, folded, "Case"),
        date(DATE_ASSIGNED, folded, "Assigned"),
        date(DECISION_DATE, folded, "Date"),
        date(DATE_OF_INJURY, folded, "Injury"),
        date(UR_DENIAL_DATE, folded, "UR "),
        date(APPLICATION_RECEIVED, folded, "Received"),
        priority(folded));
  }

  private static String priority(String folded) {
    String value = group(PRIORITY, folded, "Priority");
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * The pattern's first group, tried first near {@code literal} (labels are short: a window of ~100
   * chars).
   */
  private static String group(Pattern pattern, String text, String literal) {
    Matcher m = Patterns.findNear(pattern, text, literal, 30, 90);
    return m != null ? m.group(1) : null;
  }

  private static LocalDate date(Pattern pattern, String text, String literal) {
    String value = group(pattern, text, literal);
    return value == null ? null : parseDate(value);
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
