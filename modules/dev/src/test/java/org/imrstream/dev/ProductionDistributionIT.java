package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.imrstream.dev.process.Accounting;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.local.demo.PipelineOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production artifact (modules/imr: imr.jar plus lib/), as the Docker image ships it: what it
 * carries, and that it runs the whole pipeline on its own jars, RocksDB's trimmed natives included.
 */
class ProductionDistributionIT {

  private static final Path JAR = Path.of(ImrProcess.productionJar());
  private static final Path LIB = JAR.resolveSibling("lib");

  @Test
  void itCarriesNoBrokerNoScalaNoTestKitAndNoTool() throws IOException {
    List<String> jars = libJars();
    assertThat(jars)
        .isNotEmpty()
        .contains("kafka-streams-4.3.1.jar")
        .anyMatch(j -> j.startsWith("rocksdbjni-"));
    assertThat(jars)
        .noneMatch(
            j ->
                j.startsWith("kafka_2.13")
                    || j.startsWith("kafka-server")
                    || j.startsWith("kafka-test-common")
                    || j.startsWith("scala")
                    || j.startsWith("imr-local")
                    || j.startsWith("imr-generator")
                    || j.startsWith("imr-testkit")
                    || j.startsWith("junit"));
  }

  @Test
  void theManifestNamesEveryLibraryAndEveryLibraryIsThere() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      List<String> entries =
          Arrays.stream(classPath.trim().split("\\s+"))
              .map(e -> e.substring("lib/".length()))
              .sorted()
              .toList();
      assertThat(entries).isEqualTo(libJars());
    }
  }

  @Test
  void rocksDbAndZstdShipTheNativesOfTheImagesPlatformsOnly() throws IOException {
    assertThat(natives("rocksdbjni-"))
        .containsExactlyInAnyOrder("librocksdbjni-linux64.so", "librocksdbjni-linux-aarch64.so");
    assertThat(natives("zstd-jni-"))
        .hasSize(2)
        .allMatch(n -> n.startsWith("linux/amd64/") || n.startsWith("linux/aarch64/"));
  }

  @Test
  void theProductionCommandOffersTheAppsAndNoTool(@TempDir Path dir) throws Exception {
    try (ImrProcess help = ImrProcess.startJar(JAR.toString(), "help", dir, "--help")) {
      assertThat(help.awaitExit(Duration.ofMinutes(1))).isZero();
      List<String> commands =
          help.stdout()
              .lines()
              .filter(l -> l.matches("^  [a-z]+ .*"))
              .map(l -> l.trim().split("\\s+")[0])
              .toList();
      assertThat(commands)
          .containsExactlyInAnyOrder("parse", "produce", "streams", "replay", "sink", "help");
    }
  }

  @Test
  void theProductionJarsRunThePipelineWithExactCounts(@TempDir Path dir) throws Exception {
    Generated letters = Generated.write(dir, 120, 77);
    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      PipelineProcesses production = new PipelineProcesses(JAR.toString(), cluster, dir);
      try (ImrProcess streams = production.streams("--create-topics", "--partitions", "3")) {
        Awaiting.until(
            "topics created",
            Duration.ofMinutes(1),
            () -> Awaiting.topicsExist(cluster.bootstrapServers()));
        try (ImrProcess sink = production.sink();
            ImrProcess produce = production.produce(letters.letters().toString())) {
          assertThat(produce.awaitExit(Duration.ofMinutes(2)))
              .as("imr produce: " + produce.stderr())
              .isZero();
          try (PipelineOutputs outputs =
              new PipelineOutputs(cluster.bootstrapServers(), cluster.registryUrl())) {
            Accounting.assertExact(
                outputs, letters.truth(), cluster.bootstrapServers(), Duration.ofMinutes(3));
          }
          assertThat(sink.stop(Duration.ofMinutes(1)))
              .as("sink SIGTERM: " + sink.stderr())
              .isZero();
        }
        assertThat(streams.stop(Duration.ofMinutes(1)))
            .as("streams SIGTERM: " + streams.stderr())
            .isZero();
        assertThat(streams.stderr())
            .as("RocksDB loaded from the trimmed jar")
            .doesNotContain("UnsatisfiedLinkError");
      }
    }
  }

  private static List<String> libJars() throws IOException {
    try (Stream<Path> files = Files.list(LIB)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".jar"))
          .sorted()
          .toList();
    }
  }

  /** The native libraries inside the one lib/ jar whose name starts with {@code prefix}. */
  private static List<String> natives(String prefix) throws IOException {
    String name = libJars().stream().filter(j -> j.startsWith(prefix)).findFirst().orElseThrow();
    List<String> natives = new ArrayList<>();
    try (JarFile jar = new JarFile(LIB.resolve(name).toFile())) {
      for (ZipEntry entry : Collections.list(jar.entries())) {
        String n = entry.getName();
        if (n.endsWith(".so")
            || n.endsWith(".dll")
            || n.endsWith(".dylib")
            || n.endsWith(".jnilib")) {
          natives.add(n);
        }
      }
    }
    return natives;
  }
}
