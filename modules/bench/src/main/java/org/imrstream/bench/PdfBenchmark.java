package org.imrstream.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrstream.parser.LetterParseException;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.imrstream.parser.text.LetterText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** PDF letters, one thread, one operation per letter: text extraction alone, and extraction plus parsing. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class PdfBenchmark {

  private final LetterText text = new LetterText();
  private final LetterParser parser = new LetterParser();
  private byte[][] pdfs;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    List<byte[]> all = CorpusLetters.pdfs();
    pdfs = all.toArray(byte[][]::new);
    long bytes = all.stream().mapToLong(b -> b.length).sum();
    System.out.printf("%n[setup] %d PDFs, mean %.0f bytes%n", pdfs.length, (double) bytes / pdfs.length);
  }

  private byte[] nextPdf() {
    byte[] pdf = pdfs[next];
    next = next + 1 == pdfs.length ? 0 : next + 1;
    return pdf;
  }

  @Benchmark
  public String extractText() throws LetterParseException {
    return text.extract(nextPdf());
  }

  @Benchmark
  public ParseResult parsePdf() {
    return parser.parse(nextPdf(), "bench.pdf");
  }
}
