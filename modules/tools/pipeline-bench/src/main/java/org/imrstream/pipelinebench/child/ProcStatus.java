package org.imrstream.pipelinebench.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Memory figures of a process from Linux's {@code /proc/<pid>/status}: {@code VmRSS} (resident now)
 * and {@code VmHWM} (the peak resident set, kept by the kernel, so no sample can miss it).
 */
public final class ProcStatus {

  private ProcStatus() {}

  /** The value of {@code field} ({@code VmHWM}) in bytes; empty when absent or not Linux. */
  public static OptionalLong bytes(long pid, String field) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      return bytes(Files.readAllLines(status), field);
    } catch (IOException | RuntimeException gone) {
      return OptionalLong.empty();
    }
  }

  /** {@code VmHWM: 123456 kB} as bytes. */
  public static OptionalLong bytes(List<String> statusLines, String field) {
    for (String line : statusLines) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        long unit = parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? 1024 : 1;
        return OptionalLong.of(value * unit);
      }
    }
    return OptionalLong.empty();
  }
}
