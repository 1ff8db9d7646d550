package org.imrstream.pipelinebench.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  private static final String SCRAPE =
      String.join(
          "\n",
          "# HELP jvm_memory_used_bytes The amount of used memory",
          "# TYPE jvm_memory_used_bytes gauge",
          "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"} 2.5E7",
          "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Old Gen\"} 1.5E7",
          "jvm_memory_used_bytes{area=\"nonheap\",id=\"Metaspace\"} 6.0E7",
          "jvm_memory_used_bytes_total 1",
          "kafka_stream_thread_commit_ratio{kafka_version=\"4.3.1\",thread_id=\"t-1\"} 0.25",
          "kafka_stream_thread_commit_ratio{kafka_version=\"4.3.1\",thread_id=\"t-2\"} NaN",
          "kafka_stream_thread_commit_ratio{kafka_version=\"4.3.1\",thread_id=\"t-3\"} 0.75",
          "process_cpu_usage 0.5 1700000000000",
          "");

  @Test
  void sumsTheSamplesWithTheLabelsAsked() {
    assertThat(PrometheusText.sum(SCRAPE, "jvm_memory_used_bytes", "area=\"heap\""))
        .hasValue(4.0E7);
  }

  @Test
  void aMetricWhoseNameOnlyStartsTheSameIsAnother() {
    assertThat(PrometheusText.values(SCRAPE, "jvm_memory_used_bytes")).hasSize(3);
  }

  @Test
  void averagesLeavingOutNaN() {
    assertThat(PrometheusText.mean(SCRAPE, "kafka_stream_thread_commit_ratio")).hasValue(0.5);
  }

  @Test
  void readsASampleWithoutLabelsAndWithATimestamp() {
    assertThat(PrometheusText.sum(SCRAPE, "process_cpu_usage")).hasValue(0.5);
  }

  @Test
  void aMissingMetricHasNoValue() {
    assertThat(PrometheusText.sum(SCRAPE, "kafka_stream_thread_poll_ratio")).isEmpty();
    assertThat(PrometheusText.mean(SCRAPE, "kafka_stream_thread_poll_ratio")).isEmpty();
  }
}
