package org.imrstream.parser.guideline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrstream.parser.Citation;
import org.imrstream.parser.Decision;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;

/**
 * The citation fixture {@code citations.jsonl}: for every guideline paragraph of the shared corpus,
 * the citations the parser must read from it.
 *
 * <p>The corpus text may not be copied into the project, so an entry never holds the paragraph: it
 * holds where the paragraph is ({@code file}, 1-based {@code decision}, {@code paragraph} = {@code
 * claimsAdministrator} or {@code reviewer}) and the parsed parts of each citation (family,
 * document, year, sections, pages; never raw). The paragraph itself is found again at test time by
 * parsing the letter with {@link LetterParser}.
 *
 * <p>The expectations are the parser's reading, reviewed by hand against the letters. Where that
 * reading is known to be wrong and not yet fixed, the entry says so in {@code knownIssue} (never
 * checked, kept when the fixture is regenerated): the fixture pins today's behaviour and its known
 * mistakes, so that a fix shows up as a reviewed diff.
 */
final class CitationFixture {

  /**
   * The fixture, as a path from the module folder (where Maven runs the tests) for the generator to
   * write.
   */
  static final Path SOURCE =
      Path.of("src/test/resources/org/imrstream/parser/guideline/citations.jsonl");

  static final String RESOURCE = "/org/imrstream/parser/guideline/citations.jsonl";

  static final String CLAIMS_ADMINISTRATOR = "claimsAdministrator";
  static final String REVIEWER = "reviewer";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CitationFixture() {}

  /**
   * Where one guideline paragraph sits in the corpus; {@code decision} is 1-based as in {@link
   * Decision}.
   */
  record Key(String file, int decision, String paragraph) {
    @Override
    public String toString() {
      return file + " #" + decision + " " + paragraph;
    }
  }

  /**
   * Every guideline paragraph of the corpus, in letter order, keyed by where it is; a letter that
   * fails to parse is an error (CorpusGoldenTest says why in more detail).
   */
  static Map<Key, String> paragraphs(Path corpus) {
    LetterParser parser = new LetterParser();
    Map<Key, String> out = new LinkedHashMap<>();
    for (ExpectedLetter letter : SharedCorpus.expected(corpus)) {
      ParseResult result;
      try {
        result = parser.parse(Files.readAllBytes(letter.file()), letter.fileName());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!(result instanceof ParseResult.Success success)) {
        throw new IllegalStateException(letter.fileName() + " does not parse: " + result);
      }
      for (Decision decision : success.letter().decisions()) {
        put(
            out,
            new Key(letter.fileName(), decision.index(), CLAIMS_ADMINISTRATOR),
            decision.claimsAdministratorGuidelineText());
        put(
            out,
            new Key(letter.fileName(), decision.index(), REVIEWER),
            decision.reviewerGuidelineText());
      }
    }
    return out;
  }

  private static void put(Map<Key, String> out, Key key, String paragraph) {
    if (paragraph != null && !paragraph.isBlank()) {
      out.put(key, paragraph);
    }
  }

  /** The fixture's expectations (each entry's {@code citations}) by key, in file order. */
  static Map<Key, JsonNode> read() {
    try (InputStream in = CitationFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      Map<Key, JsonNode> out = new LinkedHashMap<>();
      entries(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .forEach((key, entry) -> out.put(key, entry.get("citations")));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole entries of a fixture's text by key, in file order. */
  private static Map<Key, JsonNode> entries(String jsonl) throws IOException {
    Map<Key, JsonNode> out = new LinkedHashMap<>();
    for (String line : jsonl.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode entry = MAPPER.readTree(line);
      Key key =
          new Key(
              entry.get("file").asText(),
              entry.get("decision").asInt(),
              entry.get("paragraph").asText());
      if (out.put(key, entry) != null) {
        throw new IllegalStateException("duplicate fixture entry " + key);
      }
    }
    return out;
  }

  /**
   * One fixture line: the key and the citations' parts, fields in a fixed order so that diffs stay
   * readable.
   */
  static String line(Key key, List<Citation> citations, String knownIssue) {
    ObjectNode entry = MAPPER.createObjectNode();
    entry.put("file", key.file());
    entry.put("decision", key.decision());
    entry.put("paragraph", key.paragraph());
    entry.set("citations", toJson(citations));
    if (knownIssue != null) {
      entry.put("knownIssue", knownIssue);
    }
    try {
      return MAPPER.writeValueAsString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts of each citation that the fixture checks: everything but the raw text. */
  static ArrayNode toJson(List<Citation> citations) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Citation citation : citations) {
      ObjectNode node = array.addObject();
      node.put("family", citation.family().name());
      node.put("document", citation.document());
      if (citation.year() == null) {
        node.putNull("year");
      } else {
        node.put("year", citation.year());
      }
      citation.sections().forEach(node.putArray("sections")::add);
      citation.pages().forEach(node.putArray("pages")::add);
    }
    return array;
  }

  /**
   * Writes the fixture from the given parser's reading of every corpus paragraph, keeping the known
   * issues noted.
   */
  static int write(Path corpus, CitationParser parser, Path target) {
    try {
      Map<Key, JsonNode> previous =
          Files.exists(target) ? entries(Files.readString(target)) : Map.of();
      List<String> lines = new ArrayList<>();
      paragraphs(corpus)
          .forEach(
              (key, paragraph) -> {
                JsonNode note =
                    previous.containsKey(key) ? previous.get(key).get("knownIssue") : null;
                lines.add(line(key, parser.parse(paragraph), note == null ? null : note.asText()));
              });
      Files.write(target, lines);
      return lines.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
