package org.imrstream.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a publishing run did: letters and bytes acknowledged, failures with their reasons, and how long it took. */
public final class PublishSummary {

  private long letters;
  private long bytes;
  private final List<String> failures = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  synchronized void acknowledged(Letter letter) {
    letters++;
    bytes += letter.bytes().length;
  }

  synchronized void failed(String source, String reason) {
    failures.add(source + ": " + reason);
  }

  public synchronized long letters() {
    return letters;
  }

  public synchronized long bytes() {
    return bytes;
  }

  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public synchronized String toString() {
    double seconds = Math.max(elapsed().toMillis(), 1) / 1000.0;
    return String.format("published %d letter(s), %.1f MB in %.1f s (%.0f letters/s, %.1f MB/s), %d failure(s)",
        letters, bytes / 1e6, seconds, letters / seconds, bytes / 1e6 / seconds, failures.size());
  }
}
