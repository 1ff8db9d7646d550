package org.imrstream.parser;

/**
 * Puts page furniture into text that marks its page breaks with form feeds, as {@code pdftotext}
 * does: a footer ("Page 2 of 5") and a bare page number at the foot of each page, and the case
 * number at the top of the next. The published letters print none, so this is how the corpus tests
 * the parser's handling of letters that do.
 */
final class Paged {

  private Paged() {}

  static String of(String text, String caseNumber) {
    String[] pages = text.split("\f", -1);
    int count = pages.length - 1;
    StringBuilder out = new StringBuilder(text.length() + 40 * pages.length);
    for (int i = 0; i < pages.length; i++) {
      if (i > 0) {
        out.append('\f');
        if (caseNumber != null) {
          out.append(caseNumber).append("\n\n");
        }
      }
      out.append(pages[i]);
      if (i < count) {
        int page = i + 1;
        out.append("\nPage ").append(page).append(" of ").append(count).append('\n');
        out.append(page).append('\n');
      }
    }
    return out.toString();
  }
}
