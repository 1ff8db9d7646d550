package org.imrstream.testkit;

import java.util.HashMap;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.topics.PipelineTopics;
import org.imrstream.topics.Topic;

/**
 * A {@link TopologyTestDriver} around one of the project's topologies, set up as the real apps set
 * themselves up ({@link StreamsSettings}: exactly once, explicit naming, the exception handlers),
 * with the real Avro serde on a fresh {@code mock://} registry and no record cache (every update is
 * seen). Topics are opened by their typed {@link Topic}, so a test never pairs a topic with the
 * wrong serdes.
 */
public final class TopologyHarness implements AutoCloseable {

  private final TopologyTestDriver driver;
  private final PipelineTopics topics;

  private TopologyHarness(Topology topology, Properties props) {
    this.driver = new TopologyTestDriver(topology, props);
    this.topics = PipelineTopics.avro(ClusterOptions.asMap(props));
  }

  /**
   * The properties a test starts from: the apps' own defaults plus a registry of its own.
   *
   * @param applicationId names the app and, in the registry URL, the test
   */
  public static Properties props(String applicationId) {
    Properties props = StreamsSettings.streamsProperties(applicationId, new HashMap<>());
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    props.put("schema.registry.url", "mock://" + applicationId + "-" + UUID.randomUUID());
    return props;
  }

  /** Builds the topology from {@code props} (as the apps do) and starts a driver on it. */
  public static TopologyHarness start(Function<Properties, Topology> topology, Properties props) {
    return new TopologyHarness(topology.apply(props), props);
  }

  /** The topics, with serdes on the same registry as the topology's. */
  public PipelineTopics topics() {
    return topics;
  }

  public <K, V> TestInputTopic<K, V> input(Topic<K, V> topic) {
    return driver.createInputTopic(
        topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  public <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  public TopologyTestDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.close();
  }
}
