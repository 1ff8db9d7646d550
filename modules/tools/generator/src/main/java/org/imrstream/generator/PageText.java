package org.imrstream.generator;

/**
 * The text of a letter as PDFBox extracts it from a published PDF: paragraphs broken into lines of
 * at most about 95 characters (the PDFs' proportional font puts 85 to 97 characters on a line, so
 * each paragraph gets its own width), every line ending in one space, blank lines holding a single
 * space.
 *
 * <p>Words are never split; a word longer than the line (a long web address) gets a line of its
 * own. Runs of two spaces between sentences, which some authors type, are kept inside a line and
 * dropped at a break.
 */
final class PageText {

  /** The widest line a paragraph may have. */
  static final int MAX_WIDTH = 96;

  static final int MIN_WIDTH = 88;

  private final StringBuilder text = new StringBuilder(8 * 1024);
  private final Dice dice;

  PageText(Dice dice) {
    this.dice = dice;
  }

  /** One line exactly as given (headings, labelled header lines). */
  PageText line(String line) {
    text.append(line.stripTrailing()).append(" \n");
    return this;
  }

  PageText blank() {
    text.append(" \n");
    return this;
  }

  /** A paragraph wrapped at a width drawn for it. */
  PageText paragraph(String paragraph) {
    return paragraph(paragraph, dice.between(MIN_WIDTH, MAX_WIDTH));
  }

  PageText paragraph(String paragraph, int width) {
    StringBuilder line = new StringBuilder(width + 16);
    for (String word : paragraph.strip().split(" ", -1)) {
      if (word.isEmpty()) {
        // A second space in a row: kept inside the line, dropped if the line breaks here.
        if (line.length() > 0) {
          line.append(' ');
        }
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        line(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      line(line.toString());
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
