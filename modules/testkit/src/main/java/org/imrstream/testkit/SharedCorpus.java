package org.imrstream.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared corpus of real letters, read where the project's checkout sits beside {@code shared/}.
 * Tests that need it skip with a clear message on a user's clone without it; CI refuses to run
 * without it (see .ci/run).
 */
public final class SharedCorpus {

  public static final String PROPERTY = "imr.corpus";

  private SharedCorpus() {}

  /** The corpus folder, or empty when this checkout has none beside it. */
  public static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY);
    List<Path> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve("shared").resolve("corpus"));
    }
    return candidates.stream()
        .map(Path::normalize)
        .filter(p -> Files.isRegularFile(p.resolve("expected.jsonl")))
        .findFirst();
  }

  /** Set by .ci/run: in CI a missing corpus is an error, never a skip. */
  public static final String REQUIRED_ENV = "IMR_REQUIRE_CORPUS";

  /**
   * The corpus folder; skips the calling test when there is none (fails instead when CI requires
   * it).
   */
  public static Path require() {
    var corpus = locate();
    if (corpus.isEmpty() && Boolean.parseBoolean(System.getenv(REQUIRED_ENV))) {
      throw new IllegalStateException("shared corpus not found but " + REQUIRED_ENV + " is set");
    }
    assumeTrue(
        corpus.isPresent(),
        "shared corpus not found (../shared/corpus beside the checkout, or -D"
            + PROPERTY
            + "=DIR): corpus tests skipped");
    return corpus.get();
  }

  /** Every letter of expected.jsonl with its expectations, in file order. */
  public static List<ExpectedLetter> expected(Path corpus) {
    ObjectMapper mapper = new ObjectMapper();
    List<ExpectedLetter> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(corpus.resolve("expected.jsonl"))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        List<ExpectedLetter.ExpectedDecision> decisions = new ArrayList<>();
        for (JsonNode d : node.get("decisions")) {
          decisions.add(
              new ExpectedLetter.ExpectedDecision(
                  d.get("item").asText(),
                  d.get("outcome").asText(),
                  d.get("maximusGuideline").asText()));
        }
        out.add(
            new ExpectedLetter(
                letterFile(corpus, node.get("letter").asText()),
                text(node, "case"),
                text(node, "decisionDate"),
                decisions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Seeds are named with their folder ("seeds/000.txt"); published letters by file name, in
   * letters/.
   */
  private static Path letterFile(Path corpus, String name) {
    Path direct = corpus.resolve(name);
    return Files.exists(direct) ? direct : corpus.resolve("letters").resolve(name);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
