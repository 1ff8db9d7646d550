package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.imrstream.parser.Citation;
import org.imrstream.parser.Decision;
import org.imrstream.parser.GuidelineFamily;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LetterGeneratorTest {

  @Test
  void theSameSeedGivesTheSameLetters() {
    LetterGenerator a = new LetterGenerator(7);
    LetterGenerator b = new LetterGenerator(7);
    for (int i = 0; i < 20; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
    assertThat(new LetterGenerator(8).next().text()).isNotEqualTo(new LetterGenerator(7).next().text());
  }

  @Test
  void caseNumbersAreUniqueAndOutcomesNearThePublishedRate() {
    LetterGenerator generator = new LetterGenerator(1);
    Set<String> cases = new HashSet<>();
    long upheld = 0;
    long decisions = 0;
    for (int i = 0; i < 2000; i++) {
      GeneratedLetter letter = generator.next();
      assertThat(cases.add(letter.caseNumber())).isTrue();
      for (GeneratedLetter.Truth truth : letter.decisions()) {
        decisions++;
        upheld += truth.outcome().equals("UPHELD") ? 1 : 0;
      }
    }
    assertThat((double) upheld / decisions).isBetween(0.84, 0.94);
  }

  @Test
  void everyGeneratedLetterParsesToItsTruth() {
    LetterParser parser = new LetterParser();
    LetterGenerator generator = new LetterGenerator(3);
    Set<org.imrstream.parser.Layout> layouts = java.util.EnumSet.noneOf(org.imrstream.parser.Layout.class);
    for (int i = 0; i < 500; i++) {
      GeneratedLetter generated = generator.next();
      ParseResult result = parser.parseText(generated.text(), generated.fileName());
      assertThat(result).as(generated.text()).isInstanceOf(ParseResult.Success.class);
      Letter letter = ((ParseResult.Success) result).letter();
      layouts.add(letter.layout());
      assertThat(letter.header().caseNumber()).isEqualTo(generated.caseNumber());
      assertThat(letter.header().decisionDate()).isEqualTo(generated.decisionDate());
      assertThat(letter.header().dateOfInjury()).isBefore(letter.header().decisionDate());
      if (letter.layout() == org.imrstream.parser.Layout.FINAL_DETERMINATION) {
        assertThat(letter.header().dateOfInjury()).isBefore(letter.header().urDenialDate());
        assertThat(letter.header().applicationReceived()).isBefore(letter.header().dateAssigned());
      }
      assertThat(letter.decisions()).hasSameSizeAs(generated.decisions());
      for (int d = 0; d < letter.decisions().size(); d++) {
        Decision got = letter.decisions().get(d);
        GeneratedLetter.Truth want = generated.decisions().get(d);
        assertThat(got.item()).as(generated.fileName()).isEqualTo(want.item());
        assertThat(got.outcome().name()).isEqualTo(want.outcome());
        assertThat(got.guidelineFamily().name()).as(got.reviewerGuidelineText()).isEqualTo(want.family());
        if (want.mtusDocument() != null) {
          assertThat(got.reviewerCitations().stream().filter(c -> c.family() == GuidelineFamily.MTUS)
              .map(Citation::document).findFirst()).contains(want.mtusDocument());
        }
      }
    }
    assertThat(layouts).as("all three published layouts are generated").hasSize(3);
  }

  @Test
  void theCommandWritesTheFiles(@TempDir Path dir) throws IOException {
    int exit = new CommandLine(new GenerateCommand()).execute("--count", "25", "--out", dir.toString(), "--seed", "5");
    assertThat(exit).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> letters = files.toList();
      assertThat(letters).hasSize(25).allMatch(p -> p.getFileName().toString().matches("GEN-CM\\d{2}-\\d{7}\\.txt"));
    }
  }
}
