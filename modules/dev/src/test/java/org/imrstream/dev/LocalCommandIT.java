package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrstream.local.cluster.LoopbackPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code imr local} as a user runs it: its own JVM, the two address lines on stdout, control lines
 * on stdin, SIGTERM to stop (exit 0), and a restart on the same data directory that finds
 * everything where it was.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration READY = Duration.ofSeconds(90);
  private static final Duration ANSWER = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void aRestartOnTheSameDataDirKeepsTopicsRecordsOffsetsAndSchemaIds() throws Exception {
    int port = LoopbackPorts.freeBlock(2);
    int registryPort = freePortOtherThan(port, port + 1);
    String[] args = {
      "local",
      "--port",
      String.valueOf(port),
      "--controller-port",
      String.valueOf(port + 1),
      "--registry-port",
      String.valueOf(registryPort),
      "--data-dir",
      dir.resolve("data").toString()
    };
    String bootstrap = "127.0.0.1:" + port;
    String registry = "http://127.0.0.1:" + registryPort;
    Schema schema = SchemaBuilder.record("Kept").fields().requiredString("id").endRecord();
    int schemaId;

    try (LocalProcess local = LocalProcess.start(dir.resolve("first.log"), args)) {
      local.closeStdin(); // as under CI, with stdin at /dev/null: the end of input must not stop it
      assertThat(local.awaitLine(READY)).isEqualTo("bootstrap.servers=" + bootstrap);
      assertThat(local.awaitLine(READY)).isEqualTo("schema.registry.url=" + registry);
      try (Admin admin = admin(bootstrap)) {
        admin.createTopics(List.of(new NewTopic("it.kept", 1, (short) 1))).all().get();
      }
      produce(bootstrap, "it.kept", "k", "v");
      assertThat(consume(bootstrap, "it.kept", "it-group")).containsExactly("k=v");
      schemaId = register(registry, "it.kept-value", schema);
      assertThat(local.isAlive()).as(local.log()).isTrue();

      assertThat(local.stop()).as("exit status after SIGTERM; " + local.log()).isZero();
      assertThat(local.remainingStdout()).as("nothing else on stdout").isEmpty();
    }

    try (LocalProcess local = LocalProcess.start(dir.resolve("second.log"), args)) {
      local.closeStdin();
      assertThat(local.awaitLine(READY)).isEqualTo("bootstrap.servers=" + bootstrap);
      assertThat(local.awaitLine(READY)).isEqualTo("schema.registry.url=" + registry);
      try (Admin admin = admin(bootstrap)) {
        assertThat(admin.listTopics().names().get()).contains("it.kept");
        Map<?, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets("it-group").partitionsToOffsetAndMetadata().get();
        assertThat(committed.values()).extracting(OffsetAndMetadata::offset).containsExactly(1L);
      }
      assertThat(consume(bootstrap, "it.kept", "another-group")).containsExactly("k=v");
      JsonNode latest = get(registry + "/subjects/it.kept-value/versions/latest");
      assertThat(latest.get("id").asInt()).isEqualTo(schemaId);
      assertThat(new Schema.Parser().parse(latest.get("schema").asText())).isEqualTo(schema);
      Schema next = SchemaBuilder.record("Next").fields().requiredInt("n").endRecord();
      assertThat(register(registry, "it.next-value", next))
          .as("numbering goes on")
          .isEqualTo(schemaId + 1);

      assertThat(local.stop()).as(local.log()).isZero();
    }
  }

  @Test
  void withThreeBrokersOneStopsAndStartsOverStdinWhileAcksAllWritesGoOn() throws Exception {
    int port = LoopbackPorts.freeBlock(6); // 3 client ports, then 3 controller ports
    int registryPort = freePortOtherThan(port, port + 1, port + 2, port + 3, port + 4, port + 5);
    String bootstrap =
        "127.0.0.1:" + port + ",127.0.0.1:" + (port + 1) + ",127.0.0.1:" + (port + 2);
    String registry = "http://127.0.0.1:" + registryPort;

    try (LocalProcess local =
        LocalProcess.start(
            dir.resolve("three.log"),
            "local",
            "--brokers",
            "3",
            "--port",
            String.valueOf(port),
            "--controller-port",
            String.valueOf(port + 3),
            "--registry-port",
            String.valueOf(registryPort))) {
      assertThat(local.awaitLine(READY)).isEqualTo("bootstrap.servers=" + bootstrap);
      assertThat(local.awaitLine(READY)).isEqualTo("schema.registry.url=" + registry);
      try (Admin admin = admin(bootstrap)) {
        admin
            .createTopics(
                List.of(
                    new NewTopic("it.replicated", 3, (short) 3)
                        .configs(Map.of("min.insync.replicas", "2"))))
            .all()
            .get();
      }

      try (KafkaProducer<String, String> producer = producer(bootstrap)) {
        producer
            .send(new ProducerRecord<>("it.replicated", "before", "1"))
            .get(30, TimeUnit.SECONDS);
        assertThat(local.control("stop-broker 1")).isEqualTo("ok stop-broker 1");
        for (int i = 0; i < 6; i++) { // every partition, whichever broker led it
          producer
              .send(new ProducerRecord<>("it.replicated", i % 3, "down", String.valueOf(i)))
              .get(30, TimeUnit.SECONDS);
        }
        assertThat(local.control("stop-broker 1")).startsWith("error stop-broker 1:");
        assertThat(local.control("start-broker 1")).isEqualTo("ok start-broker 1");
        producer
            .send(new ProducerRecord<>("it.replicated", "after", "1"))
            .get(30, TimeUnit.SECONDS);
      }
      assertThat(consume(bootstrap, "it.replicated", "it-counter")).hasSize(8);

      assertThat(local.control("stop-registry")).isEqualTo("ok stop-registry");
      assertThatThrownBy(() -> get(registry + "/subjects")).isInstanceOf(ConnectException.class);
      assertThat(local.control("start-registry")).isEqualTo("ok start-registry");
      assertThat(get(registry + "/subjects").isArray()).isTrue();
      assertThat(local.control("stop-broker 3")).startsWith("error stop-broker 3:");
      assertThat(local.control("restart everything"))
          .startsWith("error restart everything: unknown command");

      assertThat(local.temporaryFolders())
          .as("without --data-dir, a temporary data folder")
          .hasSize(1);
      assertThat(local.stop()).as(local.log()).isZero();
      assertThat(local.temporaryFolders())
          .as("the temporary data folder is deleted on exit")
          .isEmpty();
    }
  }

  @Test
  void aTakenPortFailsTheStartWithOneClearLineAndNoStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, LoopbackPorts.ADDRESS)) {
      int port = taken.getLocalPort();
      try (LocalProcess local =
          LocalProcess.start(
              dir.resolve("taken.log"),
              "local",
              "--port",
              String.valueOf(port),
              "--controller-port",
              String.valueOf(freePortOtherThan(port)),
              "--registry-port",
              String.valueOf(freePortOtherThan(port)))) {
        local.closeStdin();
        assertThat(local.awaitExit()).isNotZero();
        assertThat(local.remainingStdout()).isEmpty();
        assertThat(local.log())
            .contains("imr local: cannot start: port " + port + " on 127.0.0.1 is in use")
            .doesNotContain("\tat ")
            .doesNotContain("Exception");
      }
    }
  }

  @Test
  void onlyOneOrThreeBrokersAreAccepted() {
    StringWriter err = new StringWriter();
    int status =
        DevImr.commandLine()
            .setErr(new PrintWriter(err))
            .setOut(new PrintWriter(new StringWriter()))
            .execute("local", "--brokers", "2");
    assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--brokers must be 1 or 3, not 2");
  }

  private static int freePortOtherThan(int... taken) throws IOException {
    while (true) {
      int port = LoopbackPorts.freeBlock(1);
      if (Arrays.stream(taken).noneMatch(p -> p == port)) {
        return port;
      }
    }
  }

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            30_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            30_000);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  private static void produce(String bootstrap, String topic, String key, String value)
      throws Exception {
    try (KafkaProducer<String, String> producer = producer(bootstrap)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Reads the topic from the start under {@code group} until it has been quiet for a moment, then
   * commits.
   */
  private static List<String> consume(String bootstrap, String topic, String group) {
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
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      long lastRecordAt = System.currentTimeMillis();
      while (System.currentTimeMillis() < deadline) {
        var records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<String, String> record : records) {
          seen.add(record.key() + "=" + record.value());
        }
        if (!records.isEmpty()) {
          lastRecordAt = System.currentTimeMillis();
        } else if (!seen.isEmpty() && System.currentTimeMillis() - lastRecordAt > 1_000) {
          break;
        }
      }
      consumer.commitSync();
    }
    return seen;
  }

  private static int register(String registry, String subject, Schema schema) throws Exception {
    String body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(registry + "/subjects/" + subject + "/versions"))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("id").asInt();
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /**
   * {@code imr local} in a JVM of its own, started from this test's classpath. Its stdout is read
   * line by line; its stderr goes to a file. Closing it kills it if it still runs, so no test
   * leaves a process behind.
   */
  private static final class LocalProcess implements AutoCloseable {

    private static final String END = "\u0000end-of-stdout";

    private final Process process;
    private final Path log;
    private final Path tmpDir;
    private final Writer stdin;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

    private LocalProcess(Process process, Path log, Path tmpDir) {
      this.process = process;
      this.log = log;
      this.tmpDir = tmpDir;
      this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader = new Thread(this::readStdout, "local-process-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    /**
     * Starts {@code imr <args>}, with its stderr in {@code log} and its temporary files in a folder
     * beside it.
     */
    static LocalProcess start(Path log, String... args) throws IOException {
      Path tmpDir = Files.createDirectories(log.resolveSibling(log.getFileName() + ".tmp"));
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  // Small and quick to start on a 2-core machine: one GC thread, no top-tier JIT.
                  "-Xmx768m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-Djava.io.tmpdir=" + tmpDir,
                  "-cp",
                  System.getProperty("java.class.path"),
                  DevImr.class.getName()));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      return new LocalProcess(process, log, tmpDir);
    }

    /** The next stdout line, failing after {@code timeout} or when stdout ends. */
    String awaitLine(Duration timeout) throws InterruptedException, IOException {
      String line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null || line.equals(END)) {
        throw new AssertionError(
            "no line on stdout within "
                + timeout
                + " (alive: "
                + process.isAlive()
                + "); stderr:\n"
                + log());
      }
      return line;
    }

    /** Sends a control line and returns its answer. */
    String control(String line) throws IOException, InterruptedException {
      stdin.write(line + "\n");
      stdin.flush();
      return awaitLine(ANSWER);
    }

    void closeStdin() throws IOException {
      stdin.close();
    }

    boolean isAlive() {
      return process.isAlive();
    }

    /** SIGTERM, then its exit status. */
    int stop() throws InterruptedException, IOException {
      process.destroy();
      return awaitExit();
    }

    int awaitExit() throws InterruptedException, IOException {
      if (!process.waitFor(ANSWER.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("still running after " + ANSWER + "; stderr:\n" + log());
      }
      return process.exitValue();
    }

    /** What stdout held after the lines already read, once the process has ended. */
    List<String> remainingStdout() throws InterruptedException {
      List<String> rest = new ArrayList<>();
      for (String line = stdout.poll(10, TimeUnit.SECONDS);
          line != null && !line.equals(END);
          line = stdout.poll(10, TimeUnit.SECONDS)) {
        rest.add(line);
      }
      return rest;
    }

    /** What the process has in its own temporary folder (java.io.tmpdir). */
    List<Path> temporaryFolders() throws IOException {
      try (Stream<Path> children = Files.list(tmpDir)) {
        return children.toList();
      }
    }

    String log() throws IOException {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void readStdout() {
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          stdout.add(line);
        }
      } catch (IOException e) {
        // the process was killed: the end of stdout all the same
      } finally {
        stdout.add(END);
      }
    }

    @Override
    public void close() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
