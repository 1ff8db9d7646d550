package org.imrstream.identity;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.text.LetterText;

/**
 * Finds the case number (e.g. CM16-0213037) a letter states in its header, in text or PDF bytes.
 */
final class CaseNumbers {

  private static final Pattern LABELLED =
      Pattern.compile("Case\\s+(?:Number|No\\.?)\\s*:?\\s*([A-Z]{2}\\d{2}-\\d{6,8})\\b");

  /** The header is at the top; no need to scan a whole (possibly huge) letter. */
  private static final int HEADER_CHARS = 4_000;

  private CaseNumbers() {}

  /** The case number, or null when the letter states none or cannot be read at all. */
  static String find(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    if (LetterText.isPdf(bytes)) {
      try {
        return findInText(new LetterText().extractFirstPage(bytes));
      } catch (LetterParseException e) {
        return null;
      }
    }
    int length = Math.min(bytes.length, HEADER_CHARS * 4);
    return findInText(new String(bytes, 0, length, StandardCharsets.UTF_8));
  }

  /**
   * The labelled case number of the header; else the one the parser's header reader pairs with its
   * label, which also reads a header whose labels and values come in two blocks ({@code pdftotext}
   * in its default mode), so a letter keeps its case number as its id whatever extracted its text.
   */
  static String findInText(String text) {
    String header = text.length() > HEADER_CHARS ? text.substring(0, HEADER_CHARS) : text;
    Matcher labelled = LABELLED.matcher(header);
    if (labelled.find()) {
      return labelled.group(1);
    }
    return LetterParser.header(header).caseNumber();
  }
}
