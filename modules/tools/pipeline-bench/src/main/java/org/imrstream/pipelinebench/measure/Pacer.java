package org.imrstream.pipelinebench.measure;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/** Holds a sender to a {@link FixedRateSchedule}: waits until each letter is due. */
public final class Pacer {

  /** Waits for a number of nanoseconds. */
  @FunctionalInterface
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final FixedRateSchedule schedule;
  private final LongSupplier clock;
  private final Sleeper sleeper;

  public Pacer(FixedRateSchedule schedule, LongSupplier clock, Sleeper sleeper) {
    this.schedule = schedule;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** On {@link System#nanoTime()}, parking the thread: finer than {@code Thread.sleep}'s ms. */
  public static Pacer onSystemClock(FixedRateSchedule schedule) {
    return new Pacer(schedule, System::nanoTime, Pacer::park);
  }

  /**
   * Returns when letter {@code index} is due: at once when it already is.
   *
   * @return how far behind its due time the sender is, in nanoseconds (0 when it waited)
   */
  public long awaitTurn(long index) throws InterruptedException {
    long due = schedule.dueNanos(index);
    long now = clock.getAsLong();
    if (now < due) {
      sleeper.sleepNanos(due - now);
      return 0;
    }
    return now - due;
  }

  private static void park(long nanos) throws InterruptedException {
    long until = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = until - System.nanoTime()) {
      LockSupport.parkNanos(left); // may return early: loop until the time is reached
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }
}
