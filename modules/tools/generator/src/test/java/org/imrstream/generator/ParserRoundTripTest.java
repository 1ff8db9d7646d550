package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrstream.parser.Citation;
import org.imrstream.parser.Decision;
import org.imrstream.parser.GuidelineFamily;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterHeader;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * Every generated letter parses back to its truth. This is the test that ties the generator to the
 * parser (imr-parser, test scope): it fails when either drifts from the published layouts.
 */
class ParserRoundTripTest {

  @Test
  void everyGeneratedLetterParsesToItsTruth() {
    LetterParser parser = new LetterParser();
    for (GeneratedLetter generated : Letters.of(3, 1_000)) {
      String name = generated.fileName();
      ParseResult result = parser.parseText(generated.text(), name);
      assertThat(result).as(generated.text()).isInstanceOf(ParseResult.Success.class);
      Letter letter = ((ParseResult.Success) result).letter();

      assertThat(letter.layout().name()).as(name).isEqualTo(generated.layout().name());
      LetterHeader header = letter.header();
      assertThat(header.caseNumber()).as(name).isEqualTo(generated.caseNumber());
      assertThat(header.decisionDate()).as(name).isEqualTo(generated.decisionDate());
      assertThat(header.dateOfInjury()).as(name).isEqualTo(generated.dates().injury());
      if (generated.layout() != GeneratedLetter.Layout.MEDICAL_PROFESSIONAL_REVIEW) {
        assertThat(header.dateAssigned()).as(name).isEqualTo(generated.dates().assigned());
        assertThat(header.urDenialDate()).as(name).isEqualTo(generated.dates().urDenial());
        assertThat(header.applicationReceived()).as(name).isEqualTo(generated.dates().received());
      }
      assertThat(letter.patient().age()).as(name).isEqualTo(generated.patient().age());
      assertThat(letter.patient().sex() == null ? null : letter.patient().sex().name())
          .as(name)
          .isEqualTo(generated.patient().sex() == null ? null : generated.patient().sex().name());
      assertThat(letter.reviewer().licensureStates())
          .as(name)
          .containsExactlyElementsOf(generated.reviewer().licensureStates());
      assertThat(letter.reviewer().specialties())
          .as(name)
          .containsExactlyElementsOf(generated.reviewer().specialties());

      assertThat(letter.decisions()).as(name).hasSameSizeAs(generated.decisions());
      for (int d = 0; d < letter.decisions().size(); d++) {
        Decision got = letter.decisions().get(d);
        GeneratedLetter.Truth want = generated.decisions().get(d);
        String where = name + " decision " + (d + 1);
        assertThat(got.item()).as(where).isEqualTo(want.item());
        assertThat(got.outcome().name()).as(where).isEqualTo(want.outcome().name());
        assertThat(got.guidelineFamily().name())
            .as(where + ": " + want.reviewerGuideline())
            .isEqualTo(want.family().name());
        if (want.mtusDocument() != null) {
          assertThat(
                  got.reviewerCitations().stream()
                      .filter(c -> c.family() == GuidelineFamily.MTUS)
                      .map(Citation::document)
                      .findFirst())
              .as(where + ": " + want.reviewerGuideline())
              .contains(want.mtusDocument());
        }
        assertThat(got.originalRequest()).as(where).isEqualTo(want.originalRequest());
        assertThat(got.authorizedPortion()).as(where).isEqualTo(want.authorizedPortion());
        assertThat(got.reviewerGuidelineText()).as(where).isEqualTo(want.reviewerGuideline());
      }
    }
  }
}
