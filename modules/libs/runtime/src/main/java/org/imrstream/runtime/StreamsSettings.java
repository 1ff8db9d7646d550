package org.imrstream.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.imrstream.runtime.errors.LetterFaultProcessingExceptionHandler;
import org.imrstream.runtime.errors.RegistryAwareDeserializationExceptionHandler;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.topics.TopicNames;
import org.imrstream.topics.Topics;

/**
 * The Streams configuration every Streams app of the pipeline shares (the topology and the sink):
 * safe defaults, then the user's properties on top, unchanged. Our own settings use the {@code
 * imr.} prefix and never reach Kafka.
 */
public final class StreamsSettings {

  /**
   * The largest record the pipeline writes: a raw letter may be 32 MiB (the raw topic's limit), and
   * on its way through the letters-by-id repartition it gains a key and headers.
   */
  public static final int MAX_RECORD_BYTES = Topics.MAX_LETTER_BYTES + 1024 * 1024;

  private StreamsSettings() {}

  /** Stream threads by default: one per available core, at least 1, at most 4. */
  public static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** Defaults for a pipeline Streams app; {@code overrides} win over every default. */
  public static Properties streamsProperties(String applicationId, Map<String, ?> overrides) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Every processor, store and internal topic is named: refuse to start if one is not, so
    // upgrades keep state.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Records that cannot be read go to Kafka Streams' own dead-letter queue (KIP-1034), unless the
    // registry is what
    // failed: then the task fails and reads them again later. A processing error continues only
    // when the record
    // is at fault; anything else, and any output that cannot be written (the default production
    // handler fails on
    // serialization errors and records too large), fails the task, which then reprocesses from its
    // last commit.
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        RegistryAwareDeserializationExceptionHandler.class);
    props.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LetterFaultProcessingExceptionHandler.class);
    props.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DefaultProductionExceptionHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
        TopicNames.from(overrides).streamsDeadLetterQueue());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // A thread per core (up to 4): parsing, PDFs above all, is CPU-bound per letter, and a task
    // runs on one thread, so one thread leaves the other cores idle; each thread also waits in its
    // own exactly-once commits, which more threads overlap. More than 4 rarely pays: the default
    // 6 partitions give 6 tasks per sub-topology.
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, defaultThreads());
    // Letters are 5-30 KB and a few may be megabytes; let single records through, into internal
    // topics too. The consumer's fetch sizes stay at their defaults: a fetch always returns the
    // first batch of a partition whatever its size, so a 32 MiB letter gets through, and fetches
    // sized for 32 MiB per partition filled each poll with raw letters and starved the small
    // records of the counting tasks (the counts came in a burst after the last letter).
    props.put(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), MAX_RECORD_BYTES);
    overrides.forEach(
        (key, value) -> {
          if (value != null) {
            props.put(key, value);
          }
        });
    return props;
  }

  /**
   * Settings of a Streams app run from the command line: defaults, then the user's, then an
   * optional state dir.
   */
  public static Properties forCommand(
      String applicationId, Map<String, ?> userSettings, Path stateDir) {
    Properties props = streamsProperties(applicationId, userSettings);
    if (stateDir != null) {
      props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    return props;
  }

  /**
   * The properties for a {@link StreamsRunner}: ours ({@code imr.*}) removed, except the runner's
   * own HTTP settings ({@code imr.http.*}), which it reads and removes before Kafka sees the rest.
   */
  public static Properties kafkaOnly(Properties props) {
    Properties out = new Properties();
    props.forEach(
        (key, value) -> {
          if (!key.toString().startsWith("imr.") || HttpSettings.isHttpSetting(key)) {
            out.put(key, value);
          }
        });
    return out;
  }
}
