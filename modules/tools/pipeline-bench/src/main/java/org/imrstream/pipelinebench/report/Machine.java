package org.imrstream.pipelinebench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrstream.pipelinebench.child.ProcStatus;

/**
 * The machine a run measured, as the report's header states it.
 *
 * @param cores the processors the JVM may use ({@code nproc})
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}, or "unknown"
 * @param memoryBytes {@code MemTotal} of {@code /proc/meminfo}, -1 when unknown
 */
public record Machine(int cores, String cpuModel, long memoryBytes, String os, String java) {

  public static Machine detect() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(lines(Path.of("/proc/cpuinfo"))),
        ProcStatus.bytes(lines(Path.of("/proc/meminfo")), "MemTotal").orElse(-1),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
  }

  /** The first {@code model name : ...} of cpuinfo's lines. */
  static String cpuModel(List<String> cpuinfo) {
    for (String line : cpuinfo) {
      if (line.startsWith("model name")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          return line.substring(colon + 1).trim();
        }
      }
    }
    return "unknown";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** One line: {@code 2 cores (AMD EPYC ...), 23.4 GiB memory, Linux ..., OpenJDK ...}. */
  public String describe() {
    return cores
        + " cores ("
        + cpuModel
        + "), "
        + (memoryBytes < 0
            ? "memory unknown"
            : Numbers.fixed(memoryBytes / (1024.0 * 1024 * 1024), 1) + " GiB memory")
        + ", "
        + os
        + ", "
        + java;
  }
}
