package org.imrstream.producer;

import java.nio.file.Path;

/**
 * One letter to publish: its bytes exactly as read, the name it came under, and (for files) where
 * it lies, so a watched inbox can move it once the broker has it.
 */
public record Letter(String sourceName, byte[] bytes, Path file) {

  public static Letter fromBytes(String sourceName, byte[] bytes) {
    return new Letter(sourceName, bytes, null);
  }

  /**
   * Where the letter came from, for reports: its path, else its source name (two files may share a
   * name).
   */
  public String origin() {
    return file != null ? file.toString() : sourceName;
  }
}
