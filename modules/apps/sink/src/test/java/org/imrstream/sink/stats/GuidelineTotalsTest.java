package org.imrstream.sink.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GuidelineTotalsTest {

  private static final LocalDate JAN_10 = LocalDate.of(2017, 1, 10);

  @Test
  void aDaysChangeMovesTheTotalsByItsDifference() {
    GuidelineTotals totals =
        GuidelineTotals.empty("ACOEM")
            .change(JAN_10, Tally.EMPTY, new Tally(2, 1), 10)
            .change(JAN_10, new Tally(2, 1), new Tally(2, 3), 20);
    assertThat(totals.allTime()).isEqualTo(new Tally(2, 3));
    assertThat(totals.updatedAtMs()).isEqualTo(20);
    assertThat(totals.newestDate()).isEqualTo(JAN_10);
  }

  @Test
  void theNewestDayOnlyMovesForwardAndNotForAnUndatedOrEmptiedBucket() {
    GuidelineTotals totals =
        GuidelineTotals.empty("ACOEM")
            .change(JAN_10, Tally.EMPTY, new Tally(1, 0), 1)
            .change(JAN_10.minusDays(3), Tally.EMPTY, new Tally(1, 0), 2)
            .change(null, Tally.EMPTY, new Tally(0, 1), 3)
            .change(JAN_10.plusDays(9), Tally.EMPTY, Tally.EMPTY, 4);
    assertThat(totals.newestDate()).isEqualTo(JAN_10);
    assertThat(totals.allTime()).isEqualTo(new Tally(2, 1));
  }

  @Test
  void anOverturnRateOfNothingIsZero() {
    assertThat(Tally.EMPTY.overturnRate()).isZero();
    assertThat(new Tally(1, 3).overturnRate()).isEqualTo(0.75);
  }
}
