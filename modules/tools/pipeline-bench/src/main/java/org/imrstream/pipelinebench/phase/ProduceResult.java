package org.imrstream.pipelinebench.phase;

/**
 * {@code imr produce}'s publishing path against a bare producer loop on the same letters.
 *
 * @param warmupLetters letters each path sent to a scratch topic first, unmeasured, to warm the JIT
 */
public record ProduceResult(Pass bare, Pass imrProduce, int warmupLetters) {

  /** One measured pass: from the first send until every letter is acknowledged. */
  public record Pass(String path, int letters, long bytes, double seconds, int failed) {

    public double lettersPerSecond() {
      return letters / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /** {@code imr produce}'s letters/s over the bare loop's. */
  public double ratio() {
    return imrProduce.lettersPerSecond() / bare.lettersPerSecond();
  }
}
