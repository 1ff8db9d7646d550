package org.imrstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.imrstream.parser.LetterParseException;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Not a benchmark: checks that each benchmark's setup finds and loads the corpus and that one round
 * of operations runs. Skipped (with an assumption) when the shared corpus is absent.
 */
class BenchmarkSmokeTest {

  private final Blackhole blackhole =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  private final ByteCounter counter = new ByteCounter();
  private Path corpus;

  @BeforeEach
  void corpus() {
    corpus = SharedCorpus.require();
  }

  @Test
  void findsTheCorpusTheTestsUse() {
    assertThat(Corpus.locate()).contains(corpus);
  }

  @Test
  void textParse() {
    for (boolean cache : new boolean[] {true, false}) {
      TextParseBenchmark bench = new TextParseBenchmark();
      bench.citationCache = cache;
      bench.load();
      for (int i = 0; i < 3; i++) {
        bench.parseText(counter, blackhole);
      }
    }
    assertThat(counter.bytes).isPositive();
  }

  @Test
  void pdfExtract() throws LetterParseException {
    PdfExtractBenchmark bench = new PdfExtractBenchmark();
    bench.load();
    bench.extract(counter, blackhole);
    assertThat(counter.bytes).isPositive();
  }

  @Test
  void pdfParse() {
    PdfParseBenchmark bench = new PdfParseBenchmark();
    bench.load();
    bench.parse(counter, blackhole);
    assertThat(counter.bytes).isPositive();
  }
}
