package org.imrstream.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders the dashboard stats as a text table: one row per guideline, most decided first. */
public final class OutcomeTable {

  private OutcomeTable() {}

  public static String render(Map<String, JsonNode> stats) {
    List<JsonNode> rows = new ArrayList<>(stats.values());
    rows.sort(
        Comparator.comparingLong((JsonNode n) -> -n.at("/allTime/total").asLong())
            .thenComparing(n -> n.get("guideline").asText()));
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-52s %8s %10s %7s %10s %14s%n",
            "guideline", "upheld", "overturned", "total", "overturn%", "current window"));
    out.append("-".repeat(106)).append('\n');
    for (JsonNode row : rows) {
      String guideline = row.get("guideline").asText();
      JsonNode window = row.get("currentWindow");
      String current =
          window == null || window.isNull()
              ? "-"
              : window.get("total").asLong()
                  + " since "
                  + window.get("start").asText().substring(0, 10);
      out.append(
          String.format(
              "%-52s %8d %10d %7d %9.1f%% %14s%n",
              guideline.length() > 52 ? guideline.substring(0, 49) + "..." : guideline,
              row.at("/allTime/upheld").asLong(),
              row.at("/allTime/overturned").asLong(),
              row.at("/allTime/total").asLong(),
              100 * row.at("/allTime/overturnRate").asDouble(),
              current));
    }
    return out.toString();
  }
}
