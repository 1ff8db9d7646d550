package org.imrstream.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out case numbers "CMyy-nnnnnnn" that never repeat within one generator, without remembering
 * the numbers already issued: a load test may ask for millions of letters, and a set of every
 * number would grow with them.
 *
 * <p>The n-th number of a year is {@code (multiplier * n + offset) mod 10^7}. With a multiplier
 * coprime to 10^7 this is a permutation of the seven-digit range, so numbers are unique while they
 * look scattered, like real ones.
 */
final class CaseNumbers {

  static final int PER_YEAR = 10_000_000;

  private final long multiplier;
  private final long offset;
  private final Map<Integer, Integer> issued = new HashMap<>();

  CaseNumbers(Dice dice) {
    long m = dice.between(1_000_001, PER_YEAR - 1);
    while (m % 2 == 0 || m % 5 == 0) { // coprime to 10^7 = 2^7 * 5^7
      m++;
    }
    this.multiplier = m;
    this.offset = dice.below(PER_YEAR);
  }

  /**
   * The next case number of {@code year} (the year the application was received, as in real
   * numbers).
   */
  String next(int year) {
    int n = issued.merge(year, 1, Integer::sum) - 1;
    if (n >= PER_YEAR) {
      throw new IllegalStateException("more than " + PER_YEAR + " case numbers for " + year);
    }
    long number = (multiplier * n + offset) % PER_YEAR;
    return String.format("CM%02d-%07d", year % 100, number);
  }
}
