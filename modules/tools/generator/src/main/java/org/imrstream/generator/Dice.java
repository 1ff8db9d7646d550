package org.imrstream.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Every random choice of the generator goes through one seeded {@link SplittableRandom}, so that a
 * seed always yields the same letters, byte for byte, on any JVM.
 */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** 0 (inclusive) to {@code bound} (exclusive). */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** {@code min} to {@code max}, both inclusive. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return options.get(random.nextInt(options.size()));
  }

  /**
   * {@code count} distinct entries (fewer if there are not that many), in the order of {@code
   * options}.
   */
  <T> List<T> pickInOrder(List<T> options, int count) {
    List<Integer> chosen = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      left.add(i);
    }
    for (int i = 0; i < count && !left.isEmpty(); i++) {
      chosen.add(left.remove(random.nextInt(left.size())));
    }
    chosen.sort(null);
    List<T> out = new ArrayList<>(chosen.size());
    for (int index : chosen) {
      out.add(options.get(index));
    }
    return out;
  }

  /**
   * A key drawn in proportion to its weight; the map's iteration order must be stable (enum or
   * linked map).
   */
  <K> K weighted(Map<K, Integer> weights) {
    int total = 0;
    for (int weight : weights.values()) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (Map.Entry<K, Integer> entry : weights.entrySet()) {
      roll -= entry.getValue();
      if (roll < 0) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("weights changed while drawing");
  }

  /** An index drawn in proportion to {@code weights.get(index)}. */
  int weightedIndex(List<Integer> weights) {
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.size(); i++) {
      roll -= weights.get(i);
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
