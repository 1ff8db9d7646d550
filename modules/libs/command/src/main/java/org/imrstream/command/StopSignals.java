package org.imrstream.command;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns the user's SIGTERM or Ctrl-C (SIGINT) into a request to stop, instead of the JVM's own
 * exit. A command can then close what it runs and return its exit status: 0 after a clean stop,
 * where a JVM ended by the signal would report 143 or 130, and a supervisor could not tell a stop
 * it asked for from a crash. A second signal while stopping ends the JVM at once, as an impatient
 * user expects.
 *
 * <p>{@code sun.misc.Signal} is the JDK's only way to handle a signal and go on running; it is
 * reached by reflection, as Kafka's own signal logging does, because the compiler warns about every
 * direct use of it.
 */
public final class StopSignals {

  private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();
  private static final AtomicBoolean STOPPING = new AtomicBoolean();

  private StopSignals() {}

  /**
   * Calls {@code onStop} (on a signal thread) when the user asks the process to stop; close to
   * unregister.
   */
  public static Registration onStop(Runnable onStop) {
    install();
    LISTENERS.add(onStop);
    return () -> LISTENERS.remove(onStop);
  }

  private static void install() {
    if (INSTALLED.compareAndSet(false, true)) {
      for (String name : List.of("TERM", "INT")) {
        handle(name);
      }
    }
  }

  private static void handle(String name) {
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Method number = signalType.getMethod("getNumber");
      Object handler =
          Proxy.newProxyInstance(
              StopSignals.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                  stop(128 + (int) number.invoke(args[0]));
                }
                return null;
              });
      signalType
          .getMethod("handle", signalType, handlerType)
          .invoke(null, signalType.getConstructor(String.class).newInstance(name), handler);
    } catch (ReflectiveOperationException | RuntimeException unsupported) {
      // A JVM without sun.misc.Signal, or one that keeps this signal for itself (-Xrs): its default
      // exit applies.
    }
  }

  private static void stop(int statusIfForced) {
    if (!STOPPING.compareAndSet(false, true)) {
      // The user insists while a stop is under way: no hooks, no waiting for a close that may hang.
      Runtime.getRuntime().halt(statusIfForced);
    }
    if (LISTENERS.isEmpty()) {
      // Nothing running asked to handle the stop (the command is past its work): the JVM's usual
      // exit.
      System.exit(statusIfForced);
    }
    LISTENERS.forEach(Runnable::run);
  }

  /** An {@link #onStop} registration. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
