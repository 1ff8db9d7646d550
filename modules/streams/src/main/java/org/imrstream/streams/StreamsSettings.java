package org.imrstream.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.imrstream.streams.errors.LetterFaultProcessingExceptionHandler;
import org.imrstream.streams.errors.RegistryAwareDeserializationExceptionHandler;
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
  /** How much of a failed letter its dead letter carries; the raw topic keeps every letter whole. */
  public static final String DEAD_LETTER_MAX_BYTES = "imr.dead-letter.max.bytes";
  public static final int DEFAULT_DEAD_LETTER_MAX_BYTES = 8 * 1024 * 1024;
  /**
   * The largest record the pipeline writes: a raw letter may be 32 MiB (the raw topic's limit), and on its way
   * through the letters-by-id repartition it gains a key and headers.
   */
  public static final int MAX_RECORD_BYTES = Topics.MAX_LETTER_BYTES + 1024 * 1024;

  private StreamsSettings() {}

  /** Defaults for a pipeline Streams app; {@code overrides} win over every default. */
  public static Properties streamsProperties(String applicationId, Map<String, ?> overrides) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Every processor, store and internal topic is named: refuse to start if one is not, so upgrades keep state.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Records that cannot be read go to Kafka Streams' own dead-letter queue (KIP-1034), unless the registry is what
    // failed: then the task fails and reads them again later. A processing error continues only when the record
    // is at fault; anything else, and any output that cannot be written (the default production handler fails on
    // serialization errors and records too large), fails the task, which then reprocesses from its last commit.
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        RegistryAwareDeserializationExceptionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LetterFaultProcessingExceptionHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.STREAMS_DLQ);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Letters are 5-30 KB and a few may be megabytes; let single records through, into internal topics too.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), MAX_RECORD_BYTES);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_RECORD_BYTES);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 2 * MAX_RECORD_BYTES);
    overrides.forEach((key, value) -> {
      if (value != null) {
        props.put(key, value);
      }
    });
    return props;
  }

  /** Settings of a Streams app run from the command line: defaults, then the user's, then an optional state dir. */
  public static Properties forCommand(String applicationId, Map<String, ?> userSettings, Path stateDir) {
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

  /** How much of a failed letter its dead letter carries ({@value #DEAD_LETTER_MAX_BYTES}). */
  public static int deadLetterMaxBytes(Properties props) {
    Object value = props.get(DEAD_LETTER_MAX_BYTES);
    int max = value == null ? DEFAULT_DEAD_LETTER_MAX_BYTES : Integer.parseInt(value.toString().trim());
    if (max < 0 || max > Topics.MAX_LETTER_BYTES) {
      throw new IllegalArgumentException(DEAD_LETTER_MAX_BYTES + " must be between 0 and " + Topics.MAX_LETTER_BYTES
          + ", not " + max);
    }
    return max;
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
