package org.imrstream.pipelinebench.phase;

import java.util.ArrayList;
import java.util.List;
import org.imrstream.pipelinebench.measure.RecordsPerDecision;
import org.imrstream.pipelinebench.measure.TopicWrites;
import org.imrstream.pipelinebench.observe.TopicRecordCounter;
import org.imrstream.topics.TopicNames;

/**
 * What a pipeline run wrote, topic by topic: its state stores' changelogs ({@code
 * <application.id>-<store>-changelog}) and its outputs (the pipeline's topics at its version, as
 * {@link TopicNames#pipeline()} names them, raw letters aside) counted record by record; its
 * repartition topics, which Kafka Streams purges as it goes, by end offsets.
 */
final class WriteCounter {

  private final BenchContext context;

  WriteCounter(BenchContext context) {
    this.context = context;
  }

  RecordsPerDecision count(String applicationId, TopicNames outputs, long decisions)
      throws Exception {
    TopicRecordCounter counter =
        new TopicRecordCounter(context.clientSettings(), context.phaseTimeout());
    List<TopicWrites> writes = new ArrayList<>();
    for (String changelog : context.probe().topics(applicationId + "-", "-changelog")) {
      writes.add(
          new TopicWrites(changelog, TopicWrites.Kind.CHANGELOG, counter.count(changelog), false));
    }
    for (String repartition : context.probe().topics(applicationId + "-", "-repartition")) {
      long offsets =
          context.probe().endOffsets(List.of(repartition)).values().stream()
              .mapToLong(Long::longValue)
              .sum();
      writes.add(new TopicWrites(repartition, TopicWrites.Kind.REPARTITION, offsets, true));
    }
    for (String output : outputs.pipeline().stream().sorted().toList()) {
      if (!output.equals(outputs.rawLetters())) {
        writes.add(new TopicWrites(output, TopicWrites.Kind.OUTPUT, counter.count(output), false));
      }
    }
    return new RecordsPerDecision(writes, decisions);
  }
}
