package org.imrstream.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrstream.local.cluster.Directories;

/**
 * Where {@code imr local} keeps its data: the folder given with --data-dir, else a temporary one
 * deleted on close.
 */
final class DataDir implements AutoCloseable {

  private final Path path;
  private final boolean temporary;

  private DataDir(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /** {@code option} (created if missing), or a new temporary folder when it is null. */
  static DataDir of(Path option) throws IOException {
    if (option == null) {
      return new DataDir(Files.createTempDirectory("imr-local-"), true);
    }
    Path absolute = option.toAbsolutePath().normalize();
    Files.createDirectories(absolute);
    return new DataDir(absolute, false);
  }

  Path path() {
    return path;
  }

  boolean temporary() {
    return temporary;
  }

  /**
   * Deletes a temporary folder; a given one is kept, since keeping data across restarts is what it
   * is for.
   */
  @Override
  public void close() {
    if (temporary) {
      Directories.deleteQuietly(path);
    }
  }
}
