package org.imrstream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrstream.parser.LetterParseException;
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

/**
 * Parse throughput on letter text, one thread: one operation is one letter (round-robin over the corpus's 105
 * letters, extracted to text once in setup). MB/s = letters/s x the mean letter size printed at setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TextParseBenchmark {

  /**
   * With the citation cache (the default: guideline paragraphs are template sentences that recur) or without it
   * (every paragraph parsed afresh, as for a stream of letters whose guideline wordings are all new).
   */
  @Param({"true", "false"})
  public boolean citationCache;

  private LetterParser parser;
  private String[] texts;
  private int next;

  @Setup(Level.Trial)
  public void load() throws LetterParseException {
    parser = new LetterParser(new LetterText(), citationCache ? new CitationParser()
        : new CitationParser(GuidelineCatalogue.standard(), 0));
    List<String> extracted = new ArrayList<>();
    LetterText text = new LetterText();
    for (byte[] pdf : CorpusLetters.pdfs()) {
      extracted.add(text.extract(pdf));
    }
    texts = extracted.toArray(String[]::new);
    long chars = extracted.stream().mapToLong(String::length).sum();
    System.out.printf("%n[setup] %d letters, mean %.0f characters of text%n", texts.length, (double) chars / texts.length);
  }

  @Benchmark
  public ParseResult parseText() {
    String letter = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return parser.parseText(letter, "bench.txt");
  }
}
