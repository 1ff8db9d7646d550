package org.imrstream.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated letters shared by the tests: generating is cheap, but there is no need to do it twice
 * per class.
 */
final class Letters {

  private Letters() {}

  static List<GeneratedLetter> of(long seed, int count) {
    LetterGenerator generator = new LetterGenerator(seed);
    List<GeneratedLetter> letters = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      letters.add(generator.next());
    }
    return letters;
  }

  /** A paragraph as a reader sees it: lines joined, runs of spaces folded. */
  static String folded(String text) {
    return text.replace('\n', ' ').replaceAll(" {2,}", " ").strip();
  }
}
