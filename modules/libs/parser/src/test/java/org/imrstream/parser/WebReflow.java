package org.imrstream.parser;

import java.util.ArrayList;
import java.util.List;
import org.imrstream.parser.text.TextNormalizer;

/**
 * Makes "copied from a web page" text out of a letter's extracted text, the way a browser hands
 * over a letter published as HTML: each paragraph one long line, paragraphs apart by a blank line,
 * and headings and some labels running on into the text beside them.
 *
 * <ol>
 *   <li>A paragraph is a run of lines between blank lines. Where the extraction kept no blank line
 *       (the header's lines, a heading and the text below it, a whole letter at times), the lines
 *       run on into one paragraph, as they do when a page's layout is lost.
 *   <li>Each paragraph is folded into one line as a reader sees it (a word hyphenated at a line
 *       break is joined, as {@link TextNormalizer#fold} joins it; a hyphen ending the paragraph
 *       stays, as the next paragraph may go on with the word).
 *   <li>A heading (a paragraph in upper case only, e.g. "CLINICAL CASE SUMMARY") runs on into the
 *       paragraph after it: "CLINICAL CASE SUMMARY The expert reviewer developed ...".
 *   <li>Every "Decision rationale:" paragraph runs on after the paragraph before it: "MAXIMUS
 *       guideline: Decision based on ... Decision rationale: The ...".
 * </ol>
 *
 * Nothing else changes: the words, and so the expected parse, are the letter's.
 */
final class WebReflow {

  private static final String RUNS_ON_AFTER_PREVIOUS = "Decision rationale:";

  private WebReflow() {}

  static String of(String extracted) {
    List<String> paragraphs = runOn(paragraphs(TextNormalizer.normalize(extracted).split("\n")));
    return String.join("\n\n", paragraphs) + "\n";
  }

  private static List<String> paragraphs(String[] lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        flush(current, paragraphs);
        continue;
      }
      current.append(line).append('\n');
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder paragraph, List<String> out) {
    // The paragraph's own last line break is not folded: a hyphen ending it stays, for the reader
    // to join with what follows, as in the extracted text.
    int end = paragraph.length();
    while (end > 0 && paragraph.charAt(end - 1) == '\n') {
      end--;
    }
    String folded = TextNormalizer.fold(paragraph.substring(0, end)).trim();
    if (!folded.isEmpty()) {
      out.add(folded);
    }
    paragraph.setLength(0);
  }

  private static List<String> runOn(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    boolean headingPending = false;
    for (String paragraph : paragraphs) {
      if (headingPending || (paragraph.startsWith(RUNS_ON_AFTER_PREVIOUS) && !out.isEmpty())) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + paragraph);
      } else {
        out.add(paragraph);
      }
      headingPending = isHeading(paragraph) && !headingPending;
    }
    return out;
  }

  /** Upper-case letters only, a few of them: a section heading rather than a code or a date. */
  private static boolean isHeading(String paragraph) {
    int letters = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 8;
  }
}
