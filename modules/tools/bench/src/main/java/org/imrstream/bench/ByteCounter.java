package org.imrstream.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Input bytes consumed, reported by JMH beside the primary letters/s as a secondary metric {@code
 * bytes} in "ops/s", i.e. bytes/s: divide by 10^6 for MB/s. Costs one add per letter.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {

  public long bytes;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
