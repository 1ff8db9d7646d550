package org.imrstream.pipelinebench.phase;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.imrstream.command.CommandFailure;
import org.imrstream.producer.Letter;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.producer.PathsPublisher;
import org.imrstream.producer.PublishSummary;

/** Fills a raw topic before a throughput phase, through {@code imr produce}'s publisher. */
public final class Preload {

  private final BenchContext context;

  public Preload(BenchContext context) {
    this.context = context;
  }

  /** Publishes every letter file under {@code folder}, as {@code imr produce DIR} does. */
  public void files(Path folder, String topic) throws Exception {
    RunTopics.create(context, List.of(topic));
    try (LetterPublisher publisher = LetterPublisher.create(context.clientSettings(), topic)) {
      PublishSummary summary =
          new PathsPublisher(publisher, context.progress())
              .publish(
                  List.of(folder), InputStream.nullInputStream(), PathsPublisher.Progress.NONE);
      requireNoFailure(summary, topic);
    }
  }

  /** Publishes {@code count} letters taken round-robin from {@code letters}. */
  public void repeated(List<byte[]> letters, List<String> names, int count, String topic)
      throws Exception {
    RunTopics.create(context, List.of(topic));
    try (LetterPublisher publisher = LetterPublisher.create(context.clientSettings(), topic)) {
      List<CompletableFuture<Letter>> sends = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i % letters.size();
        sends.add(publisher.publish(Letter.fromBytes(names.get(index), letters.get(index))));
      }
      publisher.flush();
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
          .exceptionally(failed -> null)
          .join();
      requireNoFailure(publisher.summary(), topic);
    }
  }

  private static void requireNoFailure(PublishSummary summary, String topic) {
    if (!summary.failures().isEmpty()) {
      throw new CommandFailure(
          summary.failures().size()
              + " letter(s) could not be published to "
              + topic
              + ", first: "
              + summary.failures().get(0));
    }
  }
}
