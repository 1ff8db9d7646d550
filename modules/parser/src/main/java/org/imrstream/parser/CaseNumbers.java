package org.imrstream.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the case number (e.g. CM16-0213037) a letter states in its header. */
final class CaseNumbers {

  static final Pattern CASE_NUMBER = Pattern.compile("\\bCM\\d{2}-\\d{7}\\b");
  private static final Pattern LABELLED = Pattern.compile("Case\\s+Number:?\\s*(CM\\d{2}-\\d{7})\\b");

  private CaseNumbers() {}

  static String find(byte[] bytes) {
    // Replaced by a text-or-PDF aware lookup once text extraction is in place.
    return findInText(LetterIdentity.utf8(bytes));
  }

  static String findInText(String text) {
    Matcher labelled = LABELLED.matcher(text);
    return labelled.find() ? labelled.group(1) : null;
  }
}
