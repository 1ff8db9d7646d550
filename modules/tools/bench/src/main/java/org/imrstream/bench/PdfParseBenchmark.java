package org.imrstream.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole path for a PDF, {@link LetterParser#parse(byte[], String)} (extraction, then parsing),
 * on one thread, one letter per operation, round-robin over the corpus PDFs. Secondary metric
 * {@code bytes}: PDF bytes per second. PDFBox takes longer to compile than the parser (on 2 cores
 * the JIT competes with the benchmark thread, and some forks reach steady state 10 s later than
 * others), hence 5 warm-up iterations and 2 forks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
@State(Scope.Thread)
public class PdfParseBenchmark {

  private final LetterParser parser = new LetterParser();
  private byte[][] pdfs;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    List<byte[]> all = Corpus.pdfs();
    pdfs = all.toArray(byte[][]::new);
    System.out.print(
        Corpus.describe("PDF letters", pdfs.length, all.stream().mapToLong(b -> b.length).sum()));
    int ok = 0;
    for (byte[] pdf : pdfs) {
      ok += parser.parse(pdf, "setup.pdf") instanceof ParseResult.Success ? 1 : 0;
    }
    System.out.printf("[setup] %d of %d letters parse to Success%n", ok, pdfs.length);
  }

  @Benchmark
  public void parse(ByteCounter counter, Blackhole blackhole) {
    byte[] pdf = pdfs[next];
    next = next + 1 == pdfs.length ? 0 : next + 1;
    blackhole.consume(parser.parse(pdf, "bench.pdf"));
    counter.bytes += pdf.length;
  }
}
