package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrstream.parser.Citation;
import org.junit.jupiter.api.Test;

class LruCitationCacheTest {

  /**
   * Counts how often the wrapped parser is asked; answers one OTHER citation holding the paragraph.
   */
  private static final class CountingParser implements ParagraphParser {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<Citation> parse(String paragraph) {
      calls.incrementAndGet();
      return List.of(Citation.none(paragraph));
    }
  }

  private final CountingParser parser = new CountingParser();

  @Test
  void aHitIsTheRememberedResultWithoutParsingAgain() {
    LruCitationCache cache = new LruCitationCache(parser, 4);
    List<Citation> first = cache.parse("a");
    assertThat(cache.parse("a")).isSameAs(first);
    assertThat(parser.calls).hasValue(1);
  }

  @Test
  void neverHoldsMoreThanItsMaximum() {
    LruCitationCache cache = new LruCitationCache(parser, 3);
    for (int i = 0; i < 1_000; i++) {
      cache.parse("paragraph " + i);
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.maxSize()).isEqualTo(3);
  }

  @Test
  void theLeastRecentlyUsedParagraphIsDroppedFirst() {
    LruCitationCache cache = new LruCitationCache(parser, 2);
    cache.parse("a");
    cache.parse("b");
    cache.parse("a"); // "a" is now the most recently used
    cache.parse("c"); // evicts "b"
    assertThat(parser.calls).hasValue(3);
    cache.parse("a");
    assertThat(parser.calls).as("'a' was kept").hasValue(3);
    cache.parse("b");
    assertThat(parser.calls).as("'b' was dropped").hasValue(4);
  }

  @Test
  void nullIsPassedThroughAndNotRemembered() {
    LruCitationCache cache =
        new LruCitationCache(new CitationDispatcher(GuidelineCatalogue.standard()), 2);
    assertThat(cache.parse(null)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void aMaximumBelowOneIsRefused() {
    assertThatThrownBy(() -> new LruCitationCache(parser, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharedByThreadsItStaysBoundedAndAnswersRight() throws Exception {
    LruCitationCache cache = new LruCitationCache(parser, 16);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(
            threads.submit(
                () -> {
                  boolean right = true;
                  for (int i = 0; i < 20_000; i++) {
                    String paragraph = "paragraph " + ((i * 7 + seed) % 40);
                    right &= cache.parse(paragraph).get(0).raw().equals(paragraph);
                  }
                  return right;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(1, TimeUnit.MINUTES)).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(cache.size()).isLessThanOrEqualTo(16);
  }
}
