package org.imrstream.dev.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.imrstream.local.demo.PipelineOutputs;

/**
 * What {@code imr generate --truth} says the pipeline must count. The truth names a decision's
 * guideline family and, for MTUS, its canonical document: so counts compare per MTUS document (the
 * pipeline's guideline key) and per family for the rest, where the pipeline's key adds a chapter
 * the truth does not name.
 */
public record Truth(
    Set<String> caseNumbers, Map<String, long[]> upheldAndOverturnedByGroup, long decisions) {

  public static Truth read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> cases = new HashSet<>();
    Map<String, long[]> groups = new TreeMap<>();
    long decisions = 0;
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode letter = json.readTree(line);
      cases.add(letter.get("case").asText());
      for (JsonNode decision : letter.get("decisions")) {
        String family = decision.get("guidelineFamily").asText();
        String group =
            family.equals("MTUS") ? "MTUS: " + decision.get("mtusDocument").asText() : family;
        long[] counts = groups.computeIfAbsent(group, g -> new long[2]);
        counts[decision.get("outcome").asText().equals("UPHELD") ? 0 : 1]++;
        decisions++;
      }
    }
    return new Truth(cases, groups, decisions);
  }

  /** The truth of two sets of letters together. */
  public Truth plus(Truth other) {
    Set<String> cases = new HashSet<>(caseNumbers);
    cases.addAll(other.caseNumbers);
    Map<String, long[]> groups = new TreeMap<>();
    for (Truth truth : new Truth[] {this, other}) {
      truth.upheldAndOverturnedByGroup.forEach(
          (group, counts) -> {
            long[] sum = groups.computeIfAbsent(group, g -> new long[2]);
            sum[0] += counts[0];
            sum[1] += counts[1];
          });
    }
    return new Truth(cases, groups, decisions + other.decisions);
  }

  /** The dashboard's all-time counts, grouped as the truth groups them. */
  public static Map<String, long[]> dashboardGroups(PipelineOutputs outputs) {
    Map<String, long[]> groups = new TreeMap<>();
    outputs
        .stats()
        .forEach(
            (guideline, stats) -> {
              String group =
                  guideline.startsWith("MTUS") ? guideline : guideline.split(":")[0].trim();
              long[] counts = groups.computeIfAbsent(group, g -> new long[2]);
              counts[0] += stats.at("/allTime/upheld").asLong();
              counts[1] += stats.at("/allTime/overturned").asLong();
            });
    return groups;
  }

  /** Groups as text, for an assertion that shows both sides. */
  public static String describe(Map<String, long[]> groups) {
    StringBuilder text = new StringBuilder();
    groups.forEach(
        (group, counts) ->
            text.append(group)
                .append(" = ")
                .append(counts[0])
                .append(" upheld / ")
                .append(counts[1])
                .append(" overturned\n"));
    return text.toString();
  }
}
