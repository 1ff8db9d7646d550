package org.imrstream.parser.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every guideline paragraph of the shared corpus (both paragraphs of every decision of every letter
 * and seed) is read into the citations that {@code citations.jsonl} expects, and the fixture has an
 * entry for each of them.
 *
 * <p>The fixture holds no corpus text, only where each paragraph is and what it parses to (see
 * {@link CitationFixture}). After a deliberate change to the parser's reading, regenerate it and
 * review the diff:
 *
 * <pre>
 * ./mvnw -B -ntp -o -pl modules/libs/parser test -Dtest=CitationCorpusFixtureTest#regenerate \
 *     -Dimr.citations.regenerate=true -Dimr.corpus=/path/to/shared/corpus
 * </pre>
 */
class CitationCorpusFixtureTest {

  /**
   * Set to {@code true} to rewrite the fixture from the parser's current output instead of checking
   * it.
   */
  static final String REGENERATE = "imr.citations.regenerate";

  @Test
  void everyCorpusGuidelineParagraphParsesAsTheFixtureSays() {
    Path corpus = SharedCorpus.require();
    Map<CitationFixture.Key, String> paragraphs = CitationFixture.paragraphs(corpus);
    Map<CitationFixture.Key, JsonNode> expected = CitationFixture.read();
    CitationParser parser = new CitationParser();

    List<String> problems = new ArrayList<>();
    paragraphs.forEach(
        (key, paragraph) -> {
          JsonNode want = expected.get(key);
          if (want == null) {
            problems.add(
                key + ": no fixture entry (regenerate citations.jsonl and review the new entry)");
            return;
          }
          JsonNode got = CitationFixture.toJson(parser.parse(paragraph));
          if (!want.equals(got)) {
            problems.add(key + ":\n  expected " + want + "\n  but was  " + got);
          }
        });
    expected.keySet().stream()
        .filter(key -> !paragraphs.containsKey(key))
        .forEach(
            key -> problems.add(key + ": fixture entry for a paragraph the corpus does not have"));

    assertThat(problems).as("citation fixture mismatches").isEmpty();
    assertThat(paragraphs).as("corpus guideline paragraphs").hasSizeGreaterThan(250);
  }

  @Test
  @EnabledIfSystemProperty(named = REGENERATE, matches = "true")
  void regenerate() {
    Path corpus = SharedCorpus.require();
    int written =
        CitationFixture.write(
            corpus, new CitationParser(), CitationFixture.SOURCE.toAbsolutePath());
    System.out.println(
        "wrote " + written + " entries to " + CitationFixture.SOURCE.toAbsolutePath());
  }
}
