package org.imrstream.parser.layout;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.imrstream.parser.text.TextNormalizer;

/**
 * A run of lines folded into one line of text, remembering where each line starts in it, so that a
 * position found in the text (where an item begins) can be taken back to its line.
 */
final class FoldedSpan {

  private final String text;
  private final int[] lineIndexes;
  private final int[] lineOffsets;

  /**
   * Lines {@code [from, to)} except those {@code skipped} (page furniture), folded; the first from
   * {@code column} on.
   */
  FoldedSpan(Lines lines, int from, int to, int column, IntPredicate skipped) {
    TextNormalizer.Folder folder = new TextNormalizer.Folder(64);
    int[] indexes = new int[Math.max(0, to - from)];
    int[] offsets = new int[indexes.length];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (skipped.test(i)) {
        continue;
      }
      int before = folder.length();
      int start = folder.nextStart();
      String line = lines.get(i);
      folder.append(i == from ? line.substring(Math.min(column, line.length())) : line).newLine();
      if (folder.length() > before) {
        indexes[count] = i;
        offsets[count] = Math.min(start, folder.length());
        count++;
      }
    }
    this.text = folder.toString();
    this.lineIndexes = Arrays.copyOf(indexes, count);
    this.lineOffsets = Arrays.copyOf(offsets, count);
  }

  String text() {
    return text;
  }

  /** The line holding {@code offset} of the text, or -1 when the span is empty. */
  int lineAt(int offset) {
    int line = -1;
    for (int k = 0; k < lineOffsets.length && lineOffsets[k] <= offset; k++) {
      line = lineIndexes[k];
    }
    return line;
  }

  /** The text of the line holding {@code offset}, from its start up to {@code offset}. */
  String lineTextBefore(int offset) {
    int start = 0;
    for (int k = 0; k < lineOffsets.length && lineOffsets[k] <= offset; k++) {
      start = lineOffsets[k];
    }
    return text.substring(Math.min(start, offset), offset).trim();
  }
}
