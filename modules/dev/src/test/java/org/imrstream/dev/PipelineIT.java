package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.local.demo.EmbeddedPipeline;
import org.imrstream.local.demo.PipelineOutputs;
import org.imrstream.parser.Citation;
import org.imrstream.parser.guideline.CitationParser;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product end to end on a real in-process broker: the whole shared corpus (plus bad and
 * duplicate letters) is published with {@code imr produce}; the topology and the sink run; the
 * dashboard's all-time counts per guideline must equal those computed from expected.jsonl, and
 * every letter must come out as decisions or a dead letter.
 */
class PipelineIT {

  @Test
  void corpusCountsMatchExpectedAndEveryLetterIsAccountedFor(@TempDir Path extra) throws Exception {
    Path corpus = SharedCorpus.require();
    List<ExpectedLetter> expected = SharedCorpus.expected(corpus);
    Files.write(
        extra.resolve("garbage.pdf"), "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.UTF_8));
    Files.writeString(extra.resolve("memo.txt"), "A memo about parking, not a letter.");
    Path duplicate = corpus.resolve("letters").resolve(expected.get(0).fileName());
    Files.copy(duplicate, extra.resolve("duplicate-" + duplicate.getFileName()));

    try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(3);
        PipelineOutputs outputs =
            new PipelineOutputs(pipeline.bootstrapServers(), pipeline.schemaRegistryUrl())) {
      int exit =
          DevImr.commandLine()
              .execute(
                  "produce",
                  "--bootstrap-servers",
                  pipeline.bootstrapServers(),
                  "--no-progress",
                  corpus.resolve("letters").toString(),
                  corpus.resolve("seeds").toString(),
                  extra.toString());
      assertThat(exit).isZero();

      Set<String> ids = new HashSet<>();
      for (Path dir : List.of(corpus.resolve("letters"), corpus.resolve("seeds"), extra)) {
        try (var files = Files.list(dir)) {
          for (Path file : files.toList()) {
            ids.add(LetterIdentity.of(Files.readAllBytes(file)));
          }
        }
      }
      assertThat(ids).hasSize(expected.size() + 2);
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (!outputs.accountsFor(ids) && System.nanoTime() < deadline) {
        outputs.poll(Duration.ofMillis(500));
      }
      assertThat(outputs.accountsFor(ids)).as("every letter in is accounted for out").isTrue();

      // in = out: decisions for the 110 real letters, dead letters for the 2 bad ones, nothing
      // twice
      assertThat(outputs.failures())
          .extracting(PipelineOutputs.SeenFailure::reasonCode)
          .containsExactlyInAnyOrder("PDF_DAMAGED", "UNKNOWN_LAYOUT");
      int expectedDecisions = expected.stream().mapToInt(l -> l.decisions().size()).sum();
      assertThat(outputs.decisions()).hasSize(expectedDecisions);

      Map<String, long[]> want = expectedCounts(expected);
      Map<String, JsonNode> stats = outputs.stats();
      assertThat(stats.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
      for (Map.Entry<String, long[]> entry : want.entrySet()) {
        JsonNode got = stats.get(entry.getKey());
        assertThat(got.at("/allTime/upheld").asLong())
            .as(entry.getKey() + " upheld")
            .isEqualTo(entry.getValue()[0]);
        assertThat(got.at("/allTime/overturned").asLong())
            .as(entry.getKey() + " overturned")
            .isEqualTo(entry.getValue()[1]);
      }
    }
  }

  /**
   * Upheld and overturned per guideline key, from expected.jsonl's outcomes and reviewer guideline
   * texts.
   */
  private static Map<String, long[]> expectedCounts(List<ExpectedLetter> expected) {
    CitationParser citations = new CitationParser();
    Map<String, long[]> counts = new HashMap<>();
    for (ExpectedLetter letter : expected) {
      for (ExpectedLetter.ExpectedDecision decision : letter.decisions()) {
        String key =
            CitationParser.primary(citations.parse(decision.maximusGuideline()))
                .map(Citation::key)
                .orElse("NONE");
        long[] tally = counts.computeIfAbsent(key, k -> new long[2]);
        tally[decision.outcome().equals("UPHELD") ? 0 : 1]++;
      }
    }
    return counts;
  }
}
