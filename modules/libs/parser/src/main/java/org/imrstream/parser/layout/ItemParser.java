package org.imrstream.parser.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrstream.parser.text.Scan;

/**
 * Reads the item paragraph that precedes an outcome, folded to one line, e.g. "Ultram 50mg #30" or
 * "Physical therapy 8 sessions was the original request. Physical therapy 6 sessions was authorized
 * by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical
 * therapy 2 sessions is".
 */
final class ItemParser {

  private static final Pattern ORIGINAL_REQUEST =
      Pattern.compile("(?i)^(.{1,600}?),?\\s+(?:was|were)\\s+the\\s+original\\s+request\\.?\\s*");
  private static final Pattern AUTHORIZED =
      Pattern.compile(
          "(?i)(?:^|\\G|\\.\\s+|\\s)(?:The\\s+Claims\\s+Administrator\\s+"
              + "(?:authorized|certified|approved)\\s+(.{1,600}?),?\\s+leaving\\b"
              + "|(.{1,600}?)\\s+(?:was|were)\\s+(?:authorized|certified|approved)\\s+by\\s+the\\s+Claims"
              + "\\s+Administrator\\b)");
  private static final Pattern REMAINING =
      Pattern.compile(
          "(?i)\\bremaining\\s+IMR\\s+eligible\\s+portion\\s+of\\s+the\\s+original\\s+request\\s*(?:,|is\\b|:)?\\s*");
  private static final Pattern ORIGINAL_REQUEST_ELIGIBLE =
      Pattern.compile("(?i)\\bThe\\s+original\\s+request\\s*,\\s*");
  private static final Pattern TRAILING_VERB =
      Pattern.compile("(?i)(?:,?\\s+(?:is|are)\\s*)?[:,]?\\s*$");

  private static final Pattern WAS_ORIGINAL_REQUEST =
      Pattern.compile("(?i)\\bwas\\s+the\\s+original\\s+request\\b");

  private ItemParser() {}

  static DisputedItem parse(String paragraph) {
    String text = paragraph.trim();
    if (!Scan.containsIgnoreCase(text, "original request")
        && !Scan.containsIgnoreCase(text, "remaining")) {
      return DisputedItem.whole(stripTrailingVerb(text));
    }
    Matcher remaining = REMAINING.matcher(text);
    Matcher eligible = ORIGINAL_REQUEST_ELIGIBLE.matcher(text);
    boolean partial = remaining.find();
    boolean wholeEligible =
        !partial && WAS_ORIGINAL_REQUEST.matcher(text).find() && eligible.find();
    if (!partial && !wholeEligible) {
      return DisputedItem.whole(stripTrailingVerb(text));
    }
    String item =
        stripTrailingVerb(
            partial ? text.substring(remaining.end()) : text.substring(eligible.end()));
    String original = null;
    Matcher originalMatcher = ORIGINAL_REQUEST.matcher(text);
    if (originalMatcher.find()) {
      original = originalMatcher.group(1).trim();
    }
    String authorized = null;
    Matcher authorizedMatcher = AUTHORIZED.matcher(text);
    if (authorizedMatcher.find(original == null ? 0 : originalMatcher.end())) {
      authorized =
          (authorizedMatcher.group(1) != null
                  ? authorizedMatcher.group(1)
                  : authorizedMatcher.group(2))
              .trim();
    }
    if (item.isEmpty()) {
      // "The remaining IMR eligible portion of the original request is:" names no portion: the
      // whole request is.
      item = original != null ? original : stripTrailingVerb(text);
    }
    return new DisputedItem(item, original != null ? original : item, authorized);
  }

  static String stripTrailingVerb(String text) {
    Matcher m = TRAILING_VERB.matcher(text);
    return m.find() ? text.substring(0, m.start()).trim() : text.trim();
  }
}
