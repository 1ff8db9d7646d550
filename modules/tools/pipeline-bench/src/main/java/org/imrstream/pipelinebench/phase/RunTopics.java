package org.imrstream.pipelinebench.phase;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.imrstream.cluster.TopicCreator;

/**
 * Creates the topics a run writes to itself (raw letters, the pass-through's output) as the
 * pipeline's own tooling does ({@link TopicCreator}: letters kept, room for 32 MiB letters), with
 * the run's partition count. The pipeline creates its output topics itself ({@code
 * --create-topics}).
 */
public final class RunTopics {

  private RunTopics() {}

  public static void create(BenchContext context, List<String> topics)
      throws ExecutionException, InterruptedException {
    TopicCreator.createMissing(
        context.admin(), topics, context.partitions(), context.replicationFactor());
  }
}
