package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for tests that parse hand-written letters. */
final class Letters {

  private static final LetterParser PARSER = new LetterParser();

  private Letters() {}

  static Letter parsed(String text) {
    ParseResult result = PARSER.parseText(text, "test.txt");
    assertThat(result).as("parse result").isInstanceOf(ParseResult.Success.class);
    return ((ParseResult.Success) result).letter();
  }

  static ParseResult.Failure failed(String text) {
    ParseResult result = PARSER.parseText(text, "test.txt");
    assertThat(result).as("parse result").isInstanceOf(ParseResult.Failure.class);
    return (ParseResult.Failure) result;
  }

  static ParseResult.Failure failed(byte[] bytes) {
    ParseResult result = PARSER.parse(bytes, "test.bin");
    assertThat(result).as("parse result").isInstanceOf(ParseResult.Failure.class);
    return (ParseResult.Failure) result;
  }

  /** A complete letter in the final determination layout around the given decisions block. */
  static String finalDetermination(String decisions) {
    return """
        Case Number: CM17-0123456
        Date Assigned: 03/01/2017 Date of Injury: 05/14/2012
        Decision Date: 03/29/2017 UR Denial Date: 02/10/2017
        Priority: Standard Application
        Received:
        02/20/2017

        HOW THE IMR FINAL DETERMINATION WAS MADE
        An independent physician looked at the whole file.

        The Expert Reviewer has the following credentials:
        State(s) of Licensure: Oregon, California
        Certification(s)/Specialty: Orthopaedic Surgery, Sports
        Medicine

        CLINICAL CASE SUMMARY
        The worker is a 52-year-old male carpenter with pain in the lower back.

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        """
        + decisions;
  }
}
