package org.imrstream.local.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

  @Test
  void startsARealBrokerThatTakesTransactionsAndCreatesThePipelineTopics() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:").doesNotContain("0.0.0.0");
      LoopbackAssertions.assertListensOnLoopbackOnly(
          Integer.parseInt(kafka.bootstrapServers().split(":")[1]));
      kafka.createPipelineTopics(2);
      kafka.createPipelineTopics(2); // idempotent

      try (Admin admin = kafka.admin()) {
        assertThat(admin.listTopics().names().get()).containsAll(Topics.all());
        var resource =
            new ConfigResource(ConfigResource.Type.TOPIC, Topics.DASHBOARD_GUIDELINE_STATS);
        ConfigEntry policy =
            admin
                .describeConfigs(List.of(resource))
                .all()
                .get()
                .get(resource)
                .get("cleanup.policy");
        assertThat(policy.value()).isEqualTo("compact");
      }

      Map<String, Object> producerConfig =
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              kafka.bootstrapServers(),
              ProducerConfig.TRANSACTIONAL_ID_CONFIG,
              "embedded-test-" + UUID.randomUUID());
      try (var producer =
          new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(Topics.DECISIONS, "k", "v"));
        producer.commitTransaction();
      }
      Map<String, Object> consumerConfig =
          Map.of(
              ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
              kafka.bootstrapServers(),
              ConsumerConfig.GROUP_ID_CONFIG,
              "embedded-test",
              ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
              "earliest",
              ConsumerConfig.ISOLATION_LEVEL_CONFIG,
              "read_committed");
      try (var consumer =
          new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of(Topics.DECISIONS));
        int seen = 0;
        long deadline = System.currentTimeMillis() + 30_000;
        while (seen == 0 && System.currentTimeMillis() < deadline) {
          ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
          seen += records.count();
        }
        assertThat(seen).isEqualTo(1);
      }
    }
  }
}
