package org.imrstream.streams;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.imrstream.topics.Topics;

/**
 * The Streams configuration of the pipeline: safe defaults, then the user's properties on top, unchanged. Our own
 * settings use the {@code imr.} prefix and are read here, not passed to Kafka.
 */
public final class StreamsSettings {

  public static final String DEFAULT_APPLICATION_ID = "imr-streams";
  public static final String WINDOW_SIZE_DAYS = "imr.window.size.days";
  public static final String WINDOW_ADVANCE_DAYS = "imr.window.advance.days";
  public static final String WINDOW_GRACE_DAYS = "imr.window.grace.days";

  private StreamsSettings() {}

  /** Defaults for a pipeline Streams app; {@code overrides} win over every default. */
  public static Properties streamsProperties(String applicationId, Map<String, ?> overrides) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Every processor, store and internal topic is named: refuse to start if one is not, so upgrades keep state.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Records that break before our parser sees them go to Kafka Streams' own dead-letter queue (KIP-1034).
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.STREAMS_DLQ);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Letters are 5-30 KB and a few may be megabytes; let single records through.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 32 * 1024 * 1024);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 32 * 1024 * 1024);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 64 * 1024 * 1024);
    overrides.forEach((key, value) -> {
      if (value != null) {
        props.put(key, value);
      }
    });
    return props;
  }

  /** Settings of a Streams app run from the command line: defaults, then the user's, then an optional state dir. */
  public static Properties forCommand(String applicationId, Map<String, ?> userSettings, java.nio.file.Path stateDir) {
    Properties props = streamsProperties(applicationId, userSettings);
    if (stateDir != null) {
      props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    return props;
  }

  /** The window settings in {@code props} ({@code imr.window.*.days}), else the defaults. */
  public static WindowSettings windows(Properties props) {
    WindowSettings d = WindowSettings.DEFAULT;
    return new WindowSettings(
        days(props, WINDOW_SIZE_DAYS, d.size()),
        days(props, WINDOW_ADVANCE_DAYS, d.advance()),
        days(props, WINDOW_GRACE_DAYS, d.grace()));
  }

  private static Duration days(Properties props, String key, Duration fallback) {
    Object value = props.get(key);
    return value == null ? fallback : Duration.ofDays(Long.parseLong(value.toString().trim()));
  }

  /** The properties Kafka should see: ours ({@code imr.*}) removed. */
  public static Properties kafkaOnly(Properties props) {
    Properties out = new Properties();
    props.forEach((key, value) -> {
      if (!key.toString().startsWith("imr.")) {
        out.put(key, value);
      }
    });
    return out;
  }
}
