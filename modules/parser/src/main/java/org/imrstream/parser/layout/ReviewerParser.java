package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.Reviewer;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Reads the reviewer's credentials, from the labelled form ("State(s) of Licensure: ..." and
 * "Certification(s)/Specialty: ...") or the prose form ("is Board Certified in X, has a subspecialty in Y and is
 * licensed to practice in Z").
 */
final class ReviewerParser {

  private static final Pattern LICENSURE = Pattern.compile(
      "(?i)State\\(?s?\\)?\\s+of\\s+Licensure\\s*:\\s*(.{0,300}?)\\s*(?=Certifications?\\(?s?\\)?\\s*/\\s*Specialt|"
          + "CLINICAL CASE SUMMARY|$)");
  private static final Pattern SPECIALTY = Pattern.compile(
      "(?i)Certifications?\\(?s?\\)?\\s*/\\s*Specialt(?:y|ies)\\s*:\\s*(.{0,300}?)\\s*(?=State\\(?s?\\)?\\s+of\\s+Licensure|"
          + "CLINICAL CASE SUMMARY|CASE SUMMARY|DOCUMENTS REVIEWED|$)");
  private static final Pattern PROSE = Pattern.compile(
      "(?i)\\bBoard[- ]Certified\\s+in\\s+(.{1,200}?)(?:,?\\s+(?:and\\s+)?has\\s+a\\s+sub-?specialty\\s+in\\s+(.{1,200}?))?"
          + ",?\\s+and\\s+(?:is\\s+)?licensed\\s+to\\s+practice\\s+in\\s+(.{1,200}?)\\s*(?:\\.|$)");
  private static final Pattern LICENSED_ONLY =
      Pattern.compile("(?i)\\blicensed\\s+to\\s+practice\\s+in\\s+(.{1,200}?)\\s*(?:\\.|$)");
  private static final Pattern STATE_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
  private static final Pattern SPECIALTY_SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:and\\s+)?");

  private ReviewerParser() {}

  /** @param region the text around the credentials (the "how the determination was made" section) */
  static Reviewer parse(String region) {
    String folded = TextNormalizer.fold(region);
    LinkedHashSet<String> states = new LinkedHashSet<>();
    LinkedHashSet<String> specialties = new LinkedHashSet<>();
    Matcher licensure = LICENSURE.matcher(folded);
    if (licensure.find()) {
      states.addAll(split(licensure.group(1), STATE_SEPARATOR));
    }
    Matcher specialty = SPECIALTY.matcher(folded);
    if (specialty.find()) {
      specialties.addAll(split(specialty.group(1), SPECIALTY_SEPARATOR));
    }
    Matcher prose = PROSE.matcher(folded);
    if (prose.find()) {
      specialties.addAll(split(prose.group(1), SPECIALTY_SEPARATOR));
      if (prose.group(2) != null) {
        specialties.addAll(split(prose.group(2), SPECIALTY_SEPARATOR));
      }
      states.addAll(split(prose.group(3), STATE_SEPARATOR));
    } else if (states.isEmpty()) {
      Matcher licensed = LICENSED_ONLY.matcher(folded);
      if (licensed.find()) {
        states.addAll(split(licensed.group(1), STATE_SEPARATOR));
      }
    }
    return new Reviewer(List.copyOf(states), List.copyOf(specialties));
  }

  private static List<String> split(String value, Pattern separator) {
    List<String> out = new ArrayList<>();
    for (String part : separator.split(value.trim())) {
      String cleaned = part.replaceAll("^[\\s.]+|[\\s.]+$", "");
      if (!cleaned.isEmpty()) {
        out.add(cleaned);
      }
    }
    return out;
  }
}
