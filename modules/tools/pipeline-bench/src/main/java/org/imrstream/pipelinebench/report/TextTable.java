package org.imrstream.pipelinebench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table with fixed columns: a title, a header, rows and notes. The first column is
 * left-aligned (what a row is), the others right-aligned (figures), each as wide as its widest
 * cell; columns are two spaces apart.
 */
public final class TextTable {

  private final String title;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public TextTable(String title, String... header) {
    this.title = title;
    this.header = List.of(header);
  }

  /** Adds a row; missing cells are blank, extra ones are an error. */
  public TextTable row(String... cells) {
    if (cells.length > header.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + header.size() + " columns");
    }
    List<String> row = new ArrayList<>(Arrays.asList(cells));
    while (row.size() < header.size()) {
      row.add("");
    }
    rows.add(row);
    return this;
  }

  /** A line printed under the table. */
  public TextTable note(String note) {
    notes.add(note);
    return this;
  }

  public String render() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    text.append(title).append('\n');
    line(text, header, widths);
    int total = Arrays.stream(widths).sum() + 2 * (widths.length - 1);
    text.append("-".repeat(total)).append('\n');
    rows.forEach(row -> line(text, row, widths));
    notes.forEach(note -> text.append(note).append('\n'));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? cell + padding : padding + cell);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  @Override
  public String toString() {
    return render();
  }
}
