package org.imrstream.runtime.status;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A Prometheus registry holding a Streams client's metrics and the JVM's. Every metric of the
 * client is bound (Micrometer's {@link KafkaStreamsMetrics}): the client's, its threads', tasks',
 * processors' and stores', its consumers' and producers', and the sensors the topology's processors
 * add. A metric named {@code name} in Kafka's group {@code stream-X-metrics} is exported as {@code
 * kafka_stream_X_name} with dots and dashes as underscores, its Kafka tags as labels (e.g. {@code
 * thread_id}) plus {@code kafka_version}. Processors register their sensors when their tasks start,
 * after a rebalance, so the binder looks for new metrics every {@link #REFRESH}.
 */
public final class StreamsMeters implements AutoCloseable {

  /** How often new (or removed) Kafka metrics are picked up. */
  public static final Duration REFRESH = Duration.ofSeconds(10);

  /** The content type of {@link #scrape()}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ScheduledExecutorService refresher;
  private final KafkaStreamsMetrics kafka;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public StreamsMeters(KafkaStreams streams) {
    this(streams, REFRESH);
  }

  StreamsMeters(KafkaStreams streams, Duration refresh) {
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "imr-metrics-refresh");
              thread.setDaemon(true);
              return thread;
            });
    this.kafka = new KafkaStreamsMetrics(streams, Tags.empty(), refresher, refresh);
    kafka.bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
  }

  /** Every metric, in Prometheus text format ({@link #CONTENT_TYPE}). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    kafka.close();
    gc.close();
    refresher.shutdownNow();
    registry.close();
  }
}
