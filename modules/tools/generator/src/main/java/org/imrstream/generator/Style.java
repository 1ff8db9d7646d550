package org.imrstream.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the author of one letter writes: real letters differ in the spaces after a sentence, the
 * apostrophe, how dates are written in prose, and (in older letters) items in capitals. Drawn once
 * per letter.
 */
record Style(
    boolean doubleSpaces,
    boolean curlyApostrophes,
    DateTimeFormatter proseDates,
    boolean upperCaseItems) {

  private static final List<DateTimeFormatter> PROSE_DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US),
          DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US),
          DateTimeFormatter.ofPattern("M/d/yy", Locale.US));

  /**
   * @param capitalsAllowed whether this layout may print items in capitals
   */
  static Style draw(Dice dice, boolean capitalsAllowed) {
    return new Style(
        dice.chance(0.3),
        dice.chance(0.15),
        dice.pick(PROSE_DATES),
        capitalsAllowed && dice.chance(0.03));
  }

  String date(LocalDate day) {
    return proseDates.format(day);
  }

  /** Sentences joined the way this author types them. */
  String prose(List<String> sentences) {
    String joined = String.join(doubleSpaces ? "  " : " ", sentences);
    return curlyApostrophes ? joined.replace('\'', '\u2019') : joined;
  }

  String item(String item) {
    return upperCaseItems ? item.toUpperCase(Locale.ROOT) : item;
  }
}
