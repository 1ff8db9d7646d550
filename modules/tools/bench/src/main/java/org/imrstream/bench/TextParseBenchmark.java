package org.imrstream.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.imrstream.parser.guideline.CitationParser;
import org.imrstream.parser.guideline.GuidelineCatalogue;
import org.imrstream.parser.text.LetterText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link LetterParser#parseText} on one thread. Every corpus PDF is extracted to text once in
 * setup; one operation parses the next letter, round-robin, so ops/s = letters/s. The secondary
 * metric {@code bytes} is UTF-8 bytes of text per second (MB/s = bytes / 10^6); setup also prints
 * the mean letter size.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TextParseBenchmark {

  /**
   * With the citation parser's cache of recurring guideline paragraphs (the default) or without it
   * (every paragraph parsed afresh: the floor for a stream whose guideline wordings are all new; a
   * replayed corpus hits the cache).
   */
  @Param({"true", "false"})
  public boolean citationCache;

  private LetterParser parser;
  private String[] texts;
  private long[] sizes;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    parser =
        new LetterParser(
            new LetterText(),
            citationCache
                ? new CitationParser()
                : new CitationParser(GuidelineCatalogue.standard(), 0));
    List<String> all = Corpus.texts();
    texts = all.toArray(String[]::new);
    sizes = all.stream().mapToLong(Corpus::utf8Length).toArray();
    int ok = 0;
    for (String text : texts) {
      ok += parser.parseText(text, "setup.txt") instanceof ParseResult.Success ? 1 : 0;
    }
    System.out.print(
        Corpus.describe("letters of text", texts.length, java.util.Arrays.stream(sizes).sum()));
    System.out.printf("[setup] %d of %d letters parse to Success%n", ok, texts.length);
  }

  @Benchmark
  public void parseText(ByteCounter counter, Blackhole blackhole) {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    blackhole.consume(parser.parseText(texts[i], "bench.txt"));
    counter.bytes += sizes[i];
  }
}
