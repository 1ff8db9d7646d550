package org.imrstream.generator;

import java.util.Map;

/** Fills "{name}" placeholders of the vocabulary's templates. */
final class Placeholders {

  private Placeholders() {}

  /**
   * @throws IllegalArgumentException when a placeholder has no value: a typo in the vocabulary must
   *     fail loudly, not end up in a letter
   */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed placeholder in: " + template);
      }
      String name = template.substring(open + 1, close);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + name + "} in: " + template);
      }
      out.append(template, at, open).append(value);
      at = close + 1;
    }
    return out.toString();
  }

  static boolean has(String template, String name) {
    return template.contains("{" + name + "}");
  }

  /**
   * "Physical therapy" becomes "physical therapy" and "A trial" "a trial" inside a sentence; "MRI",
   * "TENS unit" and "L4-L5" stay as they are.
   */
  static String lowerFirst(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    if (text.length() == 1
        || !(Character.isUpperCase(text.charAt(1)) || Character.isDigit(text.charAt(1)))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
