package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.LateCause;
import org.imrstream.avro.LateDecision;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.OutputReader;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.dev.process.ReplayProcess;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr replay} in place, with real processes on a real cluster: generated letters over three
 * years of decision dates, the corpus's letters and its undated seeds, published in shuffled order,
 * go through {@code imr streams} and {@code imr sink}. {@code imr replay} refuses while streams
 * runs; after a clean stop it resets the application; a new {@code imr streams} reprocesses the raw
 * topic and rewrites every output key with the same value: the latest decision events (apart from
 * their ingestion time), the all-time and daily counts (not doubled) and the late decisions, which
 * are exactly the seeds' undated decisions in both runs.
 */
class ReplayIT {

  private static final int GENERATED = 1000;

  @Test
  void aReplayInPlaceRewritesTheSameOutputs(@TempDir Path dir) throws Exception {
    Path corpus = SharedCorpus.require();
    Generated generated = Generated.write(dir, GENERATED, 71);
    Expected expected = Expected.of(corpus, generated);
    Path letters =
        shuffled(
            dir.resolve("publish"),
            generated.letters(),
            corpus.resolve("letters"),
            corpus.resolve("seeds"));

    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      String bootstrap = cluster.bootstrapServers();
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      ImrProcess streams = pipeline.streams("--create-topics", "--partitions", "2");
      ImrProcess sink = null;
      try {
        Awaiting.until(
            "topics created", Duration.ofMinutes(1), () -> Awaiting.topicsExist(bootstrap));
        sink = pipeline.sink();
        try (ImrProcess produce = pipeline.produce(letters.toString())) {
          assertThat(produce.awaitExit(Duration.ofMinutes(2)))
              .as("imr produce: " + produce.stderr())
              .isZero();
        }
        Snapshot first = Snapshot.await(cluster, Map.of(), expected, Duration.ofMinutes(2));
        assertThat(first.lates().keySet())
            .as("the late decisions are the seeds' undated decisions")
            .isEqualTo(expected.undatedDecisionIds());
        assertThat(first.lates().values()).allMatch(l -> l.getCause() == LateCause.UNDATED);

        try (ImrProcess replay = ReplayProcess.start(cluster, dir)) {
          assertThat(replay.awaitExit(Duration.ofMinutes(1)))
              .as("imr replay while imr streams runs: " + replay.stderr())
              .isEqualTo(1);
          assertThat(replay.stderr().strip())
              .startsWith("imr replay: consumer group imr-streams has ")
              .contains("active member")
              .doesNotContain("\n")
              .doesNotContain("\tat ");
        }
        assertThat(streams.stop(Duration.ofMinutes(1))).as("SIGTERM: " + streams.stderr()).isZero();

        Path stateDir = ReplayProcess.streamsStateDir(dir).resolve("imr-streams");
        Set<String> internalBefore = internalTopics(bootstrap);
        assertThat(internalBefore)
            .contains(
                "imr-streams-letters-by-id-repartition",
                "imr-streams-deltas-by-guideline-repartition",
                "imr-streams-letter-versions-changelog",
                "imr-streams-guideline-counts-daily-changelog");
        try (ImrProcess dryRun = ReplayProcess.start(cluster, dir, "--dry-run")) {
          assertThat(dryRun.awaitExit(Duration.ofMinutes(1)))
              .as("imr replay --dry-run: " + dryRun.stderr())
              .isZero();
          assertThat(dryRun.stdout())
              .contains("would reset imr.letters.raw-0 to offset 0 (the beginning")
              .contains("would delete topic imr-streams-guideline-counts-daily-changelog")
              .contains("would delete local state " + stateDir)
              .contains("dry run: nothing changed");
        }
        assertThat(internalTopics(bootstrap)).isEqualTo(internalBefore);
        assertThat(stateDir).isDirectory();

        Map<TopicPartition, Long> beforeReplay = OutputReader.endOffsets(bootstrap);
        try (ImrProcess replay = ReplayProcess.start(cluster, dir)) {
          assertThat(replay.awaitExit(Duration.ofMinutes(1)))
              .as("imr replay: " + replay.stderr())
              .isZero();
          String out = replay.stdout();
          assertThat(out)
              .contains("application imr-streams: consumer group imr-streams is ")
              .contains("reset imr.letters.raw-0 to offset 0 (the beginning")
              .contains("reset imr.letters.raw-1 to offset 0 (the beginning")
              .contains("deleted local state " + stateDir)
              .contains(
                  "ready: the next imr streams of application imr-streams reprocesses "
                      + expected.letters()
                      + " raw letter record(s)");
          for (String topic : internalBefore) {
            assertThat(out).contains("deleted topic " + topic);
          }
        }
        assertThat(internalTopics(bootstrap)).as("internal topics deleted").isEmpty();
        assertThat(stateDir).doesNotExist();

        streams = pipeline.streams();
        Snapshot second = Snapshot.await(cluster, beforeReplay, expected, Duration.ofMinutes(2));
        assertThat(second.decisions().keySet()).isEqualTo(first.decisions().keySet());
        assertThat(second.decisions())
            .as("the latest decision events, apart from their ingestion time")
            .isEqualTo(first.decisions());
        assertThat(second.allTime()).as("all-time counts per guideline").isEqualTo(first.allTime());
        assertThat(second.days()).as("counts per day").isEqualTo(first.days());
        assertThat(second.lates()).as("the same late decisions").isEqualTo(first.lates());

        assertThat(streams.stop(Duration.ofMinutes(1))).as("SIGTERM: " + streams.stderr()).isZero();
        assertThat(sink.stop(Duration.ofMinutes(1))).as("SIGTERM: " + sink.stderr()).isZero();
      } finally {
        streams.close();
        if (sink != null) {
          sink.close();
        }
      }
    }
  }

  /**
   * The outputs of one run, read from {@code from} until they account for every expected decision:
   * each decision once, the all-time totals, every dated decision in its day, each undated one on
   * the late topic once, the dashboard's all-time totals (the sink kept running); then read until 2
   * s pass without a record, so that a doubled count would show.
   */
  private record Snapshot(
      Map<String, DecisionEvent> decisions,
      Map<String, GuidelineOutcomeCounts> allTime,
      Map<String, GuidelineOutcomeCounts> days,
      Map<String, LateDecision> lates) {

    static Snapshot await(
        LocalClusterProcess cluster,
        Map<TopicPartition, Long> from,
        Expected expected,
        Duration timeout)
        throws Exception {
      try (OutputReader reader =
          new OutputReader(cluster.bootstrapServers(), cluster.registryUrl(), from)) {
        Awaiting.until(
            "outputs for " + expected.decisions() + " decisions",
            timeout,
            () -> {
              while (reader.poll(Duration.ofMillis(500)) > 0) {
                // read all that is there before checking
              }
              return reader.decisions().size() == expected.decisions()
                  && reader.allTimeTotal() == expected.decisions()
                  && reader.datedDayTotal() == expected.datedDecisions()
                  && reader.lateDecisions().size() == expected.undatedDecisionIds().size()
                  && reader.dashboardAllTimeTotal() == expected.decisions();
            });
        while (reader.poll(Duration.ofSeconds(2)) > 0) {
          // drain whatever else comes
        }
        assertThat(reader.deadLetters()).as("no letter failed").isEmpty();
        assertThat(reader.decisions()).hasSize((int) expected.decisions());
        assertThat(reader.allTimeTotal()).as("all-time totals").isEqualTo(expected.decisions());
        assertThat(reader.datedDayTotal())
            .as("every dated decision in its day, once")
            .isEqualTo(expected.datedDecisions());
        assertThat(reader.lateRecords())
            .as("one late record per undated decision")
            .isEqualTo(expected.undatedDecisionIds().size());
        return new Snapshot(
            reader.decisions(),
            reader.allTimeCounts(),
            reader.dailyCounts(),
            reader.lateDecisions());
      }
    }
  }

  /** What the letters published must give. */
  private record Expected(long letters, long decisions, Set<String> undatedDecisionIds) {

    long datedDecisions() {
      return decisions - undatedDecisionIds.size();
    }

    static Expected of(Path corpus, Generated generated) throws Exception {
      long letters = generated.truth().caseNumbers().size();
      long decisions = generated.truth().decisions();
      Set<String> undated = new HashSet<>();
      Set<String> corpusCases = new HashSet<>();
      for (ExpectedLetter letter : SharedCorpus.expected(corpus)) {
        letters++;
        decisions += letter.decisions().size();
        if (letter.caseNumber() != null) {
          corpusCases.add(letter.caseNumber());
        }
        if (letter.decisionDate() == null) {
          String id = LetterIdentity.sha256(Files.readAllBytes(corpus.resolve(letter.file())));
          for (int i = 1; i <= letter.decisions().size(); i++) {
            undated.add(LetterIdentity.decisionId(id, i));
          }
        }
      }
      assertThat(generated.truth().caseNumbers())
          .as("generated case numbers are not the corpus's")
          .doesNotContainAnyElementsOf(corpusCases);
      assertThat(undated).as("the seeds are undated").isNotEmpty();
      return new Expected(letters, decisions, undated);
    }
  }

  /**
   * Copies the letters of {@code folders} into {@code target} under names that sort in a shuffled
   * order (imr produce publishes a folder in name order), keeping their bytes.
   */
  private static Path shuffled(Path target, Path... folders) throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    Collections.shuffle(files, new Random(13));
    Files.createDirectories(target);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Files.copy(file, target.resolve(String.format("%05d-%s", i, file.getFileName())));
    }
    return target;
  }

  private static Set<String> internalTopics(String bootstrapServers) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Set<String> internal = new HashSet<>();
      for (String topic : admin.listTopics().names().get()) {
        if (topic.startsWith("imr-streams-")) {
          internal.add(topic);
        }
      }
      return internal;
    }
  }
}
