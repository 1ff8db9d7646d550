package org.imrstream.parser.guideline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrstream.parser.Citation;

/**
 * Remembers the citations of the most recently used guideline paragraphs, at most {@code maxSize}
 * of them, in front of another {@link ParagraphParser}.
 *
 * <p>Why a cache: guideline paragraphs are template sentences ("Decision based on MTUS Chronic Pain
 * Medical Treatment 2016, Section(s): ..."), so a stream of letters repeats a small working set of
 * them. Why bounded and least-recently-used: the stream has millions of letters and a long tail of
 * one-off wordings, which must not grow memory; dropping the least recently used keeps the
 * recurring paragraphs while one-offs age out. A remembered result is safe to share: parsing is a
 * pure function of the paragraph and the lists of citations are immutable.
 *
 * <p>Thread-safe: one LetterParser (and so one cache) serves every Kafka Streams thread. Lookups
 * take a short lock, since an access-ordered map reorders itself even on reads; parsing a missed
 * paragraph happens outside the lock, so threads never wait on each other's parsing (two threads
 * missing the same paragraph at once both parse it; the first result stored is the one both
 * return).
 */
final class LruCitationCache implements ParagraphParser {

  private final ParagraphParser parser;
  private final int maxSize;
  private final Map<String, List<Citation>> recent;

  LruCitationCache(ParagraphParser parser, int maxSize) {
    if (maxSize <= 0) {
      throw new IllegalArgumentException("maxSize must be positive, was " + maxSize);
    }
    this.parser = parser;
    this.maxSize = maxSize;
    // Access order: get() moves an entry to the young end, so the eldest entry is the least
    // recently used.
    this.recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, List<Citation>> eldest) {
            return size() > LruCitationCache.this.maxSize;
          }
        };
  }

  @Override
  public List<Citation> parse(String paragraph) {
    if (paragraph == null) {
      return parser.parse(null);
    }
    List<Citation> known;
    synchronized (recent) {
      known = recent.get(paragraph);
    }
    if (known != null) {
      return known;
    }
    List<Citation> parsed = parser.parse(paragraph);
    synchronized (recent) {
      List<Citation> stored = recent.putIfAbsent(paragraph, parsed);
      return stored == null ? parsed : stored;
    }
  }

  /** How many paragraphs are remembered now; never more than {@link #maxSize()}. */
  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  int maxSize() {
    return maxSize;
  }
}
