package org.imrstream.local.demo;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The demo's table of outcome counts per guideline, as the sink's query API answers (so the final
 * table is what the dashboard page shows), printed when it changed and at most every second; on a
 * terminal it redraws in place, elsewhere (a pipe, a log) only the final table is printed.
 */
final class LiveTable {

  private final PrintWriter out;
  private final DashboardClient dashboard;
  private final boolean terminal;
  private String last = "";
  private long lastShown;

  LiveTable(PrintWriter out, DashboardClient dashboard, boolean terminal) {
    this.out = out;
    this.dashboard = dashboard;
    this.terminal = terminal;
  }

  /** Shows the table now if it is due; {@code force} shows it whatever, as the final table. */
  void show(PipelineOutputs outputs, boolean force) {
    long now = System.currentTimeMillis();
    if (!force && (now - lastShown < 1000 || !terminal)) {
      return;
    }
    String table;
    try {
      table = OutcomeTable.render(dashboard.guidelines());
    } catch (IOException e) {
      table = "the dashboard's API did not answer: " + e.getMessage() + "\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (!force && table.equals(last)) {
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
