package org.imrstream.local.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalClusterTest {

  private static final String TOPIC = "kept";
  private static final String GROUP = "kept-reader";

  @TempDir Path dataDir;

  @Test
  void listensOnLoopbackOnlyAndKeepsTopicsRecordsAndOffsetsAcrossARestart() throws Exception {
    int port = LoopbackPorts.freeBlock(2);
    LocalCluster.Config config = new LocalCluster.Config(1, port, port + 1, dataDir);

    try (LocalCluster cluster = LocalCluster.start(config)) {
      assertThat(cluster.bootstrapServers()).isEqualTo("127.0.0.1:" + config.port());
      LoopbackAssertions.assertListensOnLoopbackOnly(config.clientPort(0));
      LoopbackAssertions.assertListensOnLoopbackOnly(config.controllerPort(0));
      try (Admin admin = cluster.admin()) {
        var broker = new ConfigResource(ConfigResource.Type.BROKER, "0");
        String listeners =
            admin.describeConfigs(List.of(broker)).all().get().get(broker).get("listeners").value();
        assertThat(listeners)
            .isEqualTo(
                "PLAINTEXT://127.0.0.1:"
                    + config.port()
                    + ",CONTROLLER://127.0.0.1:"
                    + config.controllerPort(0));
        admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
      }
      produce(cluster.bootstrapServers(), "k", "v");
      assertThat(consumeAndCommit(cluster.bootstrapServers(), GROUP)).containsExactly("k=v");
    }
    String clusterId = Files.readString(dataDir.resolve("cluster.id"));

    try (LocalCluster restarted = LocalCluster.start(config)) {
      try (Admin admin = restarted.admin()) {
        assertThat(admin.listTopics().names().get()).contains(TOPIC);
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        assertThat(committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum())
            .as("the offsets the group committed before the restart")
            .isEqualTo(1);
      }
      assertThat(consumeAndCommit(restarted.bootstrapServers(), "another-reader"))
          .containsExactly("k=v");
    }
    assertThat(Files.readString(dataDir.resolve("cluster.id"))).isEqualTo(clusterId);
  }

  @Test
  void refusesATakenPortWithAPlainMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, LoopbackPorts.ADDRESS)) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> LocalCluster.start(LocalCluster.Config.of(1, port, dataDir)))
          .isInstanceOf(BindException.class)
          .hasMessage("port " + port + " on 127.0.0.1 is in use");
    }
    assertThat(dataDir).isEmptyDirectory();
  }

  @Test
  void refusesADataDirectoryMadeForAnotherNumberOfBrokers() throws Exception {
    Files.createDirectories(dataDir.resolve("node-0"));
    Files.writeString(dataDir.resolve("node-0/meta.properties"), "version=1\n");
    // Three brokers on port..port+2 and their controllers on port+3..port+5: six ports must be
    // free.
    int port = LoopbackPorts.freeBlock(6);

    assertThatThrownBy(
            () -> LocalCluster.start(new LocalCluster.Config(3, port, port + 3, dataDir)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("holds a cluster of 1 broker(s), not 3");
  }

  @Test
  void configRejectsOtherBrokerCountsAndOverlappingPorts() {
    assertThatThrownBy(() -> LocalCluster.Config.of(2, 9092, null))
        .hasMessageContaining("1 or 3 brokers");
    assertThatThrownBy(() -> new LocalCluster.Config(3, 9092, 9093, null))
        .hasMessageContaining("overlap");
    assertThat(LocalCluster.Config.of(3, 9092, null).controllerPort(2)).isEqualTo(9194);
  }

  private static void produce(String bootstrap, String key, String value) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  private static List<String> consumeAndCommit(String bootstrap, String group) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    List<String> seen = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.currentTimeMillis() + 30_000;
      while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          seen.add(record.key() + "=" + record.value());
        }
      }
      consumer.commitSync();
    }
    return seen;
  }
}
