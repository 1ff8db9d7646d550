package org.imrstream.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The dates of one case, in the only order the review process allows: injury, utilization review
 * denial, application received, case assigned to a reviewer, decision.
 *
 * @param injury date of injury
 * @param urDenial utilization review denial
 * @param received application for review received
 * @param assigned case assigned to the expert reviewer
 * @param decided decision date
 */
public record CaseDates(
    LocalDate injury,
    LocalDate urDenial,
    LocalDate received,
    LocalDate assigned,
    LocalDate decided) {

  /**
   * Decisions fall in these three years: old enough for the 2009 chronic pain edition, new enough
   * for 2016's.
   */
  static final LocalDate FIRST_DECISION = LocalDate.of(2015, 1, 5);

  static final LocalDate LAST_DECISION = LocalDate.of(2017, 12, 29);
  private static final int DECISION_SPAN_DAYS =
      (int) ChronoUnit.DAYS.between(FIRST_DECISION, LAST_DECISION) + 1;

  public CaseDates {
    Objects.requireNonNull(injury, "injury");
    if (!(injury.isBefore(urDenial)
        && urDenial.isBefore(received)
        && received.isBefore(assigned)
        && assigned.isBefore(decided))) {
      throw new IllegalArgumentException(
          "dates out of order: injury "
              + injury
              + ", UR denial "
              + urDenial
              + ", received "
              + received
              + ", assigned "
              + assigned
              + ", decided "
              + decided);
    }
  }

  /**
   * Draws the dates backwards from the decision, with the gaps seen in published letters: a month
   * or so of review, a few days to assignment, days to weeks between the denial and the
   * application, months to years of treatment before the disputed request. Reviews are assigned and
   * decided on working days.
   */
  static CaseDates draw(Dice dice) {
    LocalDate decided =
        workingDayOnOrBefore(FIRST_DECISION.plusDays(dice.below(DECISION_SPAN_DAYS)));
    LocalDate assigned = workingDayOnOrBefore(decided.minusDays(dice.between(14, 45)));
    LocalDate received = assigned.minusDays(dice.between(1, 10));
    LocalDate urDenial = received.minusDays(dice.between(2, 30));
    LocalDate injury = urDenial.minusDays(dice.between(45, 12 * 365));
    return new CaseDates(injury, urDenial, received, assigned, decided);
  }

  private static LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.minusDays(1);
    }
    return d;
  }
}
