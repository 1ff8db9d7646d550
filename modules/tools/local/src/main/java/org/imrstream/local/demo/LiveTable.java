package org.imrstream.local.demo;

import java.io.PrintWriter;

/**
 * The demo's table of outcome counts per guideline, printed when it changed and at most every
 * second; on a terminal it redraws in place, elsewhere (a pipe, a log) only the final table is
 * printed.
 */
final class LiveTable {

  private final PrintWriter out;
  private final boolean terminal;
  private String last = "";
  private long lastShown;

  LiveTable(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Shows the table now if it is due; {@code force} shows it whatever, as the final table. */
  void show(PipelineOutputs outputs, boolean force) {
    String table = OutcomeTable.render(outputs.stats());
    long now = System.currentTimeMillis();
    if (!force && (table.equals(last) || now - lastShown < 1000 || !terminal)) {
      return;
    }
    if (terminal && !force) {
      out.print("\033[H\033[2J");
    }
    out.print(table);
    out.flush();
    last = table;
    lastShown = now;
  }
}
