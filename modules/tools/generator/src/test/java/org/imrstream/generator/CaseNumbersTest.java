package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

  @Test
  void neverRepeatsWithinAYearEvenForALoadTest() {
    CaseNumbers numbers = new CaseNumbers(new Dice(9));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 300_000; i++) {
      String number = numbers.next(2016);
      assertThat(number).startsWith("CM16-");
      if (!seen.add(number)) {
        throw new AssertionError("repeated " + number + " after " + i);
      }
    }
  }

  @Test
  void yearsCountSeparately() {
    CaseNumbers numbers = new CaseNumbers(new Dice(9));
    assertThat(numbers.next(2015)).startsWith("CM15-");
    assertThat(numbers.next(2017)).startsWith("CM17-");
  }
}
