package org.imrstream.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.imrstream.parser.Decision;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.Outcome;
import org.imrstream.parser.ParseResult;

/** Tallies parse results for {@code imr parse --summary}. */
final class ParseSummary {

  private int letters;
  private int decisions;
  private int upheld;
  private int overturned;
  private final Map<FailureCode, Integer> failures = new TreeMap<>();

  void add(ParseResult result) {
    letters++;
    if (result instanceof ParseResult.Failure failure) {
      failures.merge(failure.code(), 1, Integer::sum);
      return;
    }
    for (Decision decision : ((ParseResult.Success) result).letter().decisions()) {
      decisions++;
      if (decision.outcome() == Outcome.UPHELD) {
        upheld++;
      } else {
        overturned++;
      }
    }
  }

  int failures() {
    return failures.values().stream().mapToInt(Integer::intValue).sum();
  }

  void print(PrintWriter out) {
    out.printf("%-28s %8d%n", "letters", letters);
    out.printf("%-28s %8d%n", "parsed", letters - failures());
    out.printf("%-28s %8d%n", "decisions", decisions);
    out.printf("%-28s %8d%n", "upheld", upheld);
    out.printf("%-28s %8d%n", "overturned", overturned);
    out.printf("%-28s %8d%n", "failures", failures());
    failures.forEach((code, count) -> out.printf("  %-26s %8d%n", code, count));
  }
}
