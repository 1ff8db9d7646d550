package org.imrstream.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the sink's {@code /api/guidelines} answer as a text table: one row per guideline, most
 * decided first; all-time counts and the current window's (the days up to the newest decision date
 * of all guidelines).
 */
public final class OutcomeTable {

  private static final String ROW = "%-48s %7s %10s %6s %9s | %6s %9s%n";

  private OutcomeTable() {}

  public static String render(JsonNode api) {
    List<JsonNode> rows = new ArrayList<>();
    api.path("guidelines").forEach(rows::add);
    rows.sort(
        Comparator.comparingLong((JsonNode n) -> -n.at("/allTime/total").asLong())
            .thenComparing(n -> n.get("guideline").asText()));
    StringBuilder out = new StringBuilder();
    JsonNode window = api.path("window");
    out.append(
        window.isObject()
            ? String.format(
                "current window: %d days, %s to %s%n",
                window.path("days").asInt(),
                window.path("start").asText(),
                window.path("end").asText())
            : String.format("current window: none (no dated decision yet)%n"));
    out.append(
        String.format(
            ROW, "guideline", "upheld", "overturned", "total", "overturn%", "window", "overturn%"));
    out.append("-".repeat(104)).append('\n');
    for (JsonNode row : rows) {
      String guideline = row.get("guideline").asText();
      out.append(
          String.format(
              ROW,
              guideline.length() > 48 ? guideline.substring(0, 45) + "..." : guideline,
              row.at("/allTime/upheld").asLong(),
              row.at("/allTime/overturned").asLong(),
              row.at("/allTime/total").asLong(),
              percent(row.at("/allTime/overturnRate").asDouble()),
              row.at("/window/total").asLong(),
              percent(row.at("/window/overturnRate").asDouble())));
    }
    return out.toString();
  }

  private static String percent(double rate) {
    return String.format("%.1f%%", 100 * rate);
  }
}
