package org.imrstream.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an item starts in text that runs on from the previous decision's rationale, as when
 * no blank line (or only a page break) separates them: the item and its outcome are the last
 * sentence, or, for a partial certification, the sentences from the one stating the original
 * request. An outcome found before that (a rationale's "is not medically necessary") is never the
 * item's.
 */
final class ItemSentences {

  /**
   * A sentence ends at '.', '!' or '?' (a closing quote or parenthesis may follow) before a blank
   * and a capital or a digit.
   */
  private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"')\u201d]?\\s+(?=[A-Z0-9])");

  /** Words that end in a full stop without ending a sentence ("Dr. Smith", "No. 4"). */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?i)(?:^|[\\s(])(?:dr|mr|mrs|ms|st|jr|sr|no|nos|vs|etc|approx|inc|co|ltd|e\\.g|i\\.e|[a-z])$");

  /**
   * The last sentence of a partial certification, naming the remaining portion (a rationale may use
   * the same words, so only the sentence that ends in the outcome counts).
   */
  private static final Pattern PARTIAL_END =
      Pattern.compile("(?i)remaining\\s+IMR\\s+eligible|\\bThe\\s+original\\s+request\\s*,");

  /** Its first sentence. */
  private static final Pattern ORIGINAL_REQUEST =
      Pattern.compile("(?i)\\b(?:was|were)\\s+the\\s+original\\s+request\\b");

  /** A partial certification takes three sentences at most: request, authorized, remaining. */
  private static final int PARTIAL_SENTENCES = 3;

  private ItemSentences() {}

  /**
   * Where the item starts in {@code text}: after the sentences that end the previous rationale (0
   * when there are none).
   */
  static int start(String text) {
    List<Integer> starts = sentenceStarts(text);
    if (starts.size() == 1) {
      return 0;
    }
    int last = starts.size() - 1;
    if (!PARTIAL_END.matcher(sentence(text, starts, last)).find()) {
      return starts.get(last);
    }
    int first = last;
    for (int s = last; s >= Math.max(0, last - PARTIAL_SENTENCES + 1); s--) {
      if (ORIGINAL_REQUEST.matcher(sentence(text, starts, s)).find()) {
        first = s;
        break;
      }
    }
    return starts.get(first);
  }

  private static List<Integer> sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = BOUNDARY.matcher(text);
    while (m.find()) {
      int wordStart = m.start();
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (!ABBREVIATION.matcher(text.substring(wordStart, m.start())).find()) {
        starts.add(m.end());
      }
    }
    return starts;
  }

  private static String sentence(String text, List<Integer> starts, int index) {
    int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
    return text.substring(starts.get(index), end);
  }
}
