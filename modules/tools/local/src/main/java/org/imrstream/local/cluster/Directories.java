package org.imrstream.local.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removing a folder tree. */
public final class Directories {

  private static final Logger LOG = LoggerFactory.getLogger(Directories.class);

  private Directories() {}

  /** Deletes {@code dir} and everything in it; what cannot be deleted is logged and left. */
  public static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(Directories::deleteOne);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not delete {}: {}", dir, e.toString());
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.debug("could not delete {}: {}", path, e.toString());
    }
  }
}
