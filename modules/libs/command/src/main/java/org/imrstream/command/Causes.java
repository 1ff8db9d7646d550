package org.imrstream.command;

import java.util.Optional;

/**
 * Looking through an error's chain of causes, as the error handlers and the runner do to tell
 * failures apart.
 */
public final class Causes {

  private Causes() {}

  /** The first error of {@code type} in {@code error}'s chain, itself included. */
  public static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (type.isInstance(e)) {
        return Optional.of(type.cast(e));
      }
    }
    return Optional.empty();
  }

  /** The last error of the chain: the one that started it. */
  public static Throwable root(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
