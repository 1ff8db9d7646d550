package org.imrstream.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayKeysTest {

  @Test
  void aDayKeyNamesItsGuidelineAndDayAndGivesBothBack() {
    String key = DayKeys.of("ODG:Pain (Chronic)", LocalDate.parse("2016-11-01"));
    assertThat(key).isEqualTo("ODG:Pain (Chronic)@2016-11-01");
    assertThat(DayKeys.guideline(key)).isEqualTo("ODG:Pain (Chronic)");
    assertThat(DayKeys.day(key)).contains(LocalDate.parse("2016-11-01"));
  }

  @Test
  void theUndatedBucketHasItsGuidelineAndNoDay() {
    String key = DayKeys.undated("MTUS:Chronic Pain");
    assertThat(DayKeys.guideline(key)).isEqualTo("MTUS:Chronic Pain");
    assertThat(DayKeys.day(key)).isEmpty();
  }

  @Test
  void daysSortAsTextInCalendarOrderSoAStoreRangeReadsThemInOrder() {
    List<String> keys = new ArrayList<>();
    for (String day : List.of("2017-01-02", "2016-12-31", "2016-02-09", "2016-10-01")) {
      keys.add(DayKeys.of("ACOEM", LocalDate.parse(day)));
    }
    Collections.sort(keys);
    assertThat(keys)
        .extracting(k -> DayKeys.day(k).orElseThrow().toString())
        .containsExactly("2016-02-09", "2016-10-01", "2016-12-31", "2017-01-02");
  }

  @Test
  void aKeyWithoutADayIsItsOwnGuideline() {
    assertThat(DayKeys.guideline("NONE")).isEqualTo("NONE");
    assertThat(DayKeys.day("NONE")).isEmpty();
  }
}
