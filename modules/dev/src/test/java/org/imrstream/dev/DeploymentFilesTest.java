package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.StreamsConfig;
import org.imrstream.cli.ImrCommand;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.cluster.KafkaEnvironment;
import org.imrstream.pipeline.PipelineSettings;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.status.HttpSettings;
import org.imrstream.serde.SerdeConfig;
import org.imrstream.topics.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * docker/compose.yaml and docker/Dockerfile checked against the code, since no Docker engine runs
 * the deployment in the build: every imr command and option exists, every {@code IMR_*} variable is
 * one the code reads, URLs, ports and listeners agree, topics exist, every service has a
 * healthcheck and a restart policy, stops are given longer than the apps take to close, and the
 * image runs the jar it builds from modules/imr. Each failure names the service and what does not
 * match.
 */
class DeploymentFilesTest {

  private static final Path ROOT = repositoryRoot();
  private static final Path COMPOSE = ROOT.resolve("docker/compose.yaml");
  private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");

  /** The production logging configuration: the variables it reads are read by the image. */
  private static final Path LOGBACK = ROOT.resolve("modules/imr/src/main/resources/logback.xml");

  /** Apicurio Registry's Confluent-compatible API. */
  private static final String CCOMPAT_PATH = "/apis/ccompat/v7";

  private static final String APICURIO_IMAGE = "apicurio/apicurio-registry";
  private static final String KAFKA_IMAGE = "apache/kafka:";
  private static final int APICURIO_DEFAULT_PORT = 8080;

  private static final Pattern TCP_PROBE = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+)");
  private static final Pattern TOPIC_LIKE = Pattern.compile("(?<![\\w/.-])imr\\.[a-z][a-z0-9.-]*");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)");
  private static final Pattern LOGBACK_VARIABLE = Pattern.compile("\\$\\{(IMR_[A-Z0-9_]+)");

  private static Map<String, Service> services;

  @BeforeAll
  static void readCompose() throws IOException {
    JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    JsonNode nodes = compose.path("services");
    assertThat(nodes.isObject()).as("%s has services", COMPOSE).isTrue();
    services = new LinkedHashMap<>();
    nodes
        .fields()
        .forEachRemaining(e -> services.put(e.getKey(), new Service(e.getKey(), e.getValue())));
  }

  @Test
  void oneServiceBuildsTheImageEveryImrServiceRuns() {
    List<String> problems = new ArrayList<>();
    List<Service> builders = services.values().stream().filter(Service::builds).toList();
    if (builders.size() != 1) {
      fail("exactly one service should build the imr image (build:), found " + names(builders));
    }
    Service builder = builders.get(0);
    Path context =
        COMPOSE
            .getParent()
            .resolve(builder.node.path("build").path("context").asText("."))
            .normalize();
    if (!context.equals(ROOT.normalize())) {
      problems.add(
          builder.problem("build.context is " + context + ", not the repository root " + ROOT));
    }
    Path dockerfile =
        context.resolve(builder.node.path("build").path("dockerfile").asText("Dockerfile"));
    if (!dockerfile.normalize().equals(DOCKERFILE.normalize())) {
      problems.add(builder.problem("build.dockerfile is " + dockerfile + ", not " + DOCKERFILE));
    }
    if (builder.image().isEmpty()) {
      problems.add(
          builder.problem("builds without image: the other imr services cannot name the image"));
    }
    for (Service service : imrServices()) {
      if (service != builder && service.builds()) {
        problems.add(service.problem("builds the image again; only " + builder.name + " should"));
      }
    }
    if (imrServices().size() < 2) {
      problems.add(
          builder.problem(
              "is the only service of its image: the others should run " + builder.image()));
    }
    report(problems);
  }

  @Test
  void everyImrCommandParsesWithTheProductionCommandLine() {
    List<String> problems = new ArrayList<>();
    for (Service service : imrServices()) {
      List<String> args = service.command();
      if (args.isEmpty()) {
        problems.add(service.problem("has no command: the image would only print its help"));
        continue;
      }
      try {
        ParseResult parsed = ImrCommand.commandLine().parseArgs(args.toArray(String[]::new));
        if (!parsed.hasSubcommand()) {
          problems.add(service.problem("command " + args + " names no imr subcommand"));
        }
      } catch (CommandLine.ParameterException e) {
        problems.add(service.problem("command " + args + " does not parse: " + e.getMessage()));
      }
    }
    report(problems);
  }

  @Test
  void everyImrVariableIsOneTheCodeReads() throws IOException {
    Set<String> byName = new TreeSet<>(ClusterOptions.ENVIRONMENT_VARIABLES);
    byName.add(HttpSettings.ENV_PORT);
    byName.add(HttpSettings.ENV_HOST);
    Matcher logback = LOGBACK_VARIABLE.matcher(Files.readString(LOGBACK));
    while (logback.find()) {
      byName.add(logback.group(1));
    }
    List<String> problems = new ArrayList<>();
    for (Service service : services.values()) {
      for (String variable : service.environment().keySet()) {
        if (!variable.startsWith("IMR_") || byName.contains(variable)) {
          continue;
        }
        if (!KafkaEnvironment.isSetting(variable)) {
          problems.add(
              service.problem(
                  "sets "
                      + variable
                      + ", which no code reads (known: "
                      + byName
                      + " and "
                      + KafkaEnvironment.PREFIX
                      + "<SETTING>)"));
          continue;
        }
        String property;
        try {
          property = KafkaEnvironment.propertyName(variable);
        } catch (RuntimeException e) {
          problems.add(service.problem(e.getMessage()));
          continue;
        }
        if (!isKnownSetting(property)) {
          problems.add(
              service.problem(
                  variable
                      + " sets "
                      + property
                      + ", which is no Kafka client, Streams, serde or pipeline setting"));
        }
      }
    }
    report(problems);
  }

  @Test
  void bootstrapServersNameEveryBrokersInternalListener() {
    List<String> problems = new ArrayList<>();
    Set<String> internal = new LinkedHashSet<>();
    for (Service broker : brokers()) {
      Optional<String> endpoint = internalEndpoint(broker, problems);
      endpoint.ifPresent(internal::add);
    }
    if (brokers().isEmpty()) {
      fail("compose.yaml runs no broker (" + KAFKA_IMAGE + "*)");
    }
    for (Service service : imrServices()) {
      Optional<String> servers =
          service
              .option("--bootstrap-servers")
              .or(() -> service.env(ClusterOptions.ENV_BOOTSTRAP_SERVERS));
      if (servers.isEmpty()) {
        problems.add(
            service.problem(
                "names no bootstrap servers: it would use "
                    + ClusterOptions.DEFAULT_BOOTSTRAP_SERVERS
                    + " inside its container"));
        continue;
      }
      checkBootstrap(service, servers.get(), internal, problems);
    }
    for (Service registry : registries()) {
      registry
          .env("KAFKA_BOOTSTRAP_SERVERS")
          .ifPresent(s -> checkBootstrap(registry, s, internal, problems));
    }
    report(problems);
  }

  @Test
  void registryUrlsNameTheRegistryServiceItsPortAndItsConfluentApi() {
    List<String> problems = new ArrayList<>();
    Map<String, Service> registries = new LinkedHashMap<>();
    registries().forEach(r -> registries.put(r.name, r));
    if (registries.isEmpty()) {
      fail("compose.yaml runs no registry (" + APICURIO_IMAGE + "*)");
    }
    for (Service service : imrServices()) {
      boolean needsRegistry =
          service.subcommand().filter(c -> c.equals("streams") || c.equals("sink")).isPresent();
      Optional<String> url =
          service
              .option("--schema-registry-url")
              .or(() -> service.env(ClusterOptions.ENV_SCHEMA_REGISTRY_URL));
      if (url.isEmpty()) {
        if (needsRegistry) {
          problems.add(
              service.problem(
                  "names no schema registry: it would use "
                      + ClusterOptions.DEFAULT_SCHEMA_REGISTRY_URL
                      + " inside its container"));
        }
        continue;
      }
      URI uri = URI.create(url.get());
      Service registry = registries.get(uri.getHost());
      if (registry == null) {
        problems.add(
            service.problem(
                "registry URL "
                    + uri
                    + " names host "
                    + uri.getHost()
                    + ", which is no registry service "
                    + registries.keySet()));
        continue;
      }
      int port = registryPort(registry);
      if (uri.getPort() != port) {
        problems.add(
            service.problem(
                "registry URL "
                    + uri
                    + " has port "
                    + uri.getPort()
                    + ", but "
                    + registry.name
                    + " listens on "
                    + port));
      }
      if (!uri.getPath().replaceAll("/+$", "").equals(CCOMPAT_PATH)) {
        problems.add(
            service.problem(
                "registry URL "
                    + uri
                    + " has path "
                    + uri.getPath()
                    + ", not Apicurio's Confluent-compatible API "
                    + CCOMPAT_PATH));
      }
    }
    for (Service registry : registries.values()) {
      int port = registryPort(registry);
      Optional<Integer> probed = registry.probedPort();
      if (probed.isPresent() && probed.get() != port) {
        problems.add(
            registry.problem(
                "healthcheck probes port " + probed.get() + ", it listens on " + port));
      }
      for (String mapping : registry.ports()) {
        if (containerPort(mapping) != port) {
          problems.add(registry.problem("publishes " + mapping + ", but listens on " + port));
        }
      }
    }
    report(problems);
  }

  @Test
  void streamsAndSinkAreProbedOnTheirHttpPort() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<Integer> exposed = exposedPorts(finalStage(dockerfile()));
    for (Service service : imrServices()) {
      boolean streamsApp =
          service.subcommand().filter(c -> c.equals("streams") || c.equals("sink")).isPresent();
      Optional<String> httpPort = service.option("--http-port");
      if (httpPort.isEmpty()) {
        if (streamsApp) {
          problems.add(
              service.problem(
                  "has no --http-port: nothing answers its healthcheck on /health/ready"));
        }
        continue;
      }
      int port = Integer.parseInt(httpPort.get());
      String test = service.healthcheckTest();
      Optional<Integer> probed = service.probedPort();
      if (probed.isEmpty() || probed.get() != port || !test.contains("/health/ready")) {
        problems.add(
            service.problem(
                "healthcheck [" + test + "] does not ask /health/ready on --http-port " + port));
      }
      if (!service.ports().isEmpty()
          && !service.option("--http-host").orElse("").equals("0.0.0.0")) {
        problems.add(
            service.problem(
                "publishes "
                    + service.ports()
                    + " but --http-host is not 0.0.0.0: the published port would reach nothing"));
      }
      for (String mapping : service.ports()) {
        if (containerPort(mapping) != port) {
          problems.add(service.problem("publishes " + mapping + ", but --http-port is " + port));
        }
      }
      if (!exposed.contains(port)) {
        problems.add(
            service.problem(
                "--http-port " + port + " is not EXPOSEd by the Dockerfile " + exposed));
      }
    }
    report(problems);
  }

  @Test
  void portsArePublishedOnLoopbackAndExternalListenersAdvertiseThem() {
    List<String> problems = new ArrayList<>();
    for (Service service : services.values()) {
      for (String mapping : service.ports()) {
        if (!mapping.startsWith("127.0.0.1:")) {
          problems.add(
              service.problem(
                  "publishes " + mapping + " on every interface of the host, not 127.0.0.1"));
        }
      }
    }
    for (Service broker : brokers()) {
      String interBroker = broker.env("KAFKA_INTER_BROKER_LISTENER_NAME").orElse("");
      String controller = broker.env("KAFKA_CONTROLLER_LISTENER_NAMES").orElse("");
      for (Map.Entry<String, URI> listener :
          listeners(broker.env("KAFKA_ADVERTISED_LISTENERS").orElse("")).entrySet()) {
        if (listener.getKey().equals(interBroker) || listener.getKey().equals(controller)) {
          continue;
        }
        URI uri = listener.getValue();
        String published = "127.0.0.1:" + uri.getPort() + ":" + uri.getPort();
        if (!uri.getHost().equals("localhost") || !broker.ports().contains(published)) {
          problems.add(
              broker.problem(
                  "listener "
                      + listener.getKey()
                      + " advertises "
                      + uri.getHost()
                      + ":"
                      + uri.getPort()
                      + ": a client on the host reaches it only if it advertises localhost and"
                      + " publishes "
                      + published));
        }
      }
    }
    report(problems);
  }

  @Test
  void topicNamesAreThePipelines() {
    Set<String> topics = new HashSet<>(Topics.all());
    List<String> problems = new ArrayList<>();
    for (Service service : imrServices()) {
      List<String> texts = new ArrayList<>(service.command());
      service.option("--topic").ifPresent(texts::remove);
      texts.addAll(service.environment().values());
      for (String text : texts) {
        Matcher topic = TOPIC_LIKE.matcher(text);
        while (topic.find()) {
          if (!topics.contains(topic.group())) {
            problems.add(
                service.problem(
                    "names topic " + topic.group() + ", which is not in Topics " + topics));
          }
        }
      }
      service
          .option("--topic")
          .filter(t -> !topics.contains(t))
          .ifPresent(
              t -> problems.add(service.problem("--topic " + t + " is not in Topics " + topics)));
    }
    report(problems);
  }

  @Test
  void everyServiceHasAHealthcheckAndARestartPolicyExceptOneShots() {
    Set<String> oneShots = oneShots();
    List<String> problems = new ArrayList<>();
    for (Service service : services.values()) {
      if (oneShots.contains(service.name)) {
        continue;
      }
      JsonNode test = service.node.path("healthcheck").path("test");
      boolean disabled =
          service.node.path("healthcheck").path("disable").asBoolean(false)
              || (test.isArray() && test.size() > 0 && test.get(0).asText().equals("NONE"));
      if (test.isMissingNode() || disabled || service.healthcheckTest().isBlank()) {
        problems.add(service.problem("has no healthcheck"));
      }
      String restart = service.node.path("restart").asText("no");
      if (!Set.of("always", "unless-stopped").contains(restart)
          && !restart.startsWith("on-failure")) {
        problems.add(
            service.problem("has restart policy '" + restart + "': it is not started again"));
      }
    }
    report(problems);
  }

  @Test
  void imrServicesGetLongerToStopThanTheAppsTakeToClose() throws ReflectiveOperationException {
    Duration close = streamsCloseTimeout();
    List<String> problems = new ArrayList<>();
    for (Service service : imrServices()) {
      if (oneShots().contains(service.name)) {
        continue;
      }
      String grace = service.node.path("stop_grace_period").asText("");
      Duration period = grace.isEmpty() ? Duration.ofSeconds(10) : composeDuration(grace);
      if (period.compareTo(close) <= 0) {
        problems.add(
            service.problem(
                "stop_grace_period "
                    + (grace.isEmpty() ? "10s (default)" : grace)
                    + " is not longer than the Streams close timeout "
                    + close.toSeconds()
                    + " s (StreamsRunner): a stop would be a kill"));
      }
    }
    report(problems);
  }

  @Test
  void topicsAreCreatedWithTheBrokersReplicationBeforeOtherServicesStart() {
    List<String> problems = new ArrayList<>();
    List<Service> creators =
        imrServices().stream().filter(s -> s.command().contains("--create-topics")).toList();
    int brokers = brokers().size();
    if (creators.isEmpty()) {
      fail("no imr service runs with --create-topics: the brokers do not auto-create topics");
    }
    for (Service creator : creators) {
      int replication = Integer.parseInt(creator.option("--replication-factor").orElse("1"));
      if (replication != brokers) {
        problems.add(
            creator.problem(
                "creates topics with --replication-factor "
                    + replication
                    + " on "
                    + brokers
                    + " brokers"));
      }
    }
    Set<String> creatorNames = new HashSet<>(names(creators));
    for (Service service : imrServices()) {
      if (creatorNames.contains(service.name)) {
        continue;
      }
      boolean waits =
          service.dependsOn().entrySet().stream()
              .anyMatch(
                  d ->
                      creatorNames.contains(d.getKey())
                          && Set.of("service_healthy", "service_completed_successfully")
                              .contains(d.getValue()));
      if (!waits) {
        problems.add(
            service.problem(
                "does not wait (depends_on, service_healthy) for "
                    + creatorNames
                    + ", which creates the topics it needs"));
      }
    }
    for (Service broker : brokers()) {
      expectEnv(broker, "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false", problems);
      expectEnv(broker, "KAFKA_DEFAULT_REPLICATION_FACTOR", String.valueOf(brokers), problems);
      expectEnv(broker, "KAFKA_MIN_INSYNC_REPLICAS", "2", problems);
      expectEnv(
          broker, "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", String.valueOf(brokers), problems);
      expectEnv(
          broker,
          "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
          String.valueOf(brokers),
          problems);
      expectEnv(broker, "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2", problems);
      broker
          .env("KAFKA_LOG_DIRS")
          .ifPresent(
              dir -> {
                if (!broker.namedVolumeTargets().contains(dir)) {
                  problems.add(
                      broker.problem("keeps its data in " + dir + ", which is no named volume"));
                }
              });
    }
    report(problems);
  }

  @Test
  void writableFoldersAreNamedVolumesThatTheImageGivesToItsUser() throws IOException {
    List<Instruction> image = finalStage(dockerfile());
    String prepared =
        image.stream()
            .filter(i -> i.keyword.equals("RUN"))
            .map(i -> i.args)
            .filter(run -> run.contains("chown"))
            .reduce("", String::concat);
    List<String> problems = new ArrayList<>();
    for (Service service : imrServices()) {
      for (String option : List.of("--state-dir", "--watch")) {
        Optional<String> folder = service.option(option);
        if (folder.isEmpty()) {
          continue;
        }
        if (!service.namedVolumeTargets().contains(folder.get())) {
          problems.add(
              service.problem(
                  option
                      + " "
                      + folder.get()
                      + " is not a named volume: its data would go"
                      + " with the container (or, bind-mounted, belong to the host's user)"));
        }
        if (!prepared.contains(folder.get())) {
          problems.add(
              service.problem(
                  option
                      + " "
                      + folder.get()
                      + " is not created and given to the image's"
                      + " user by the Dockerfile: a new volume there would belong to root"));
        }
      }
    }
    report(problems);
  }

  @Test
  void theDockerfileBuildsModulesImrAndItsEntrypointRunsTheJarItCopies() throws IOException {
    List<Instruction> all = dockerfile();
    List<Instruction> image = finalStage(all);
    String buildStage =
        all.stream()
            .filter(i -> i.keyword.equals("FROM") && i.args.contains(" AS "))
            .map(i -> i.args.substring(i.args.indexOf(" AS ") + 4).trim())
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("Dockerfile: no named build stage (FROM ... AS build)"));
    List<Instruction> build = all.subList(0, all.indexOf(image.get(0)));
    String buildRuns =
        build.stream()
            .filter(i -> i.keyword.equals("RUN"))
            .map(i -> i.args)
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(buildRuns)
        .as("Dockerfile: the build stage packages modules/imr")
        .containsPattern("-pl\\s+modules/imr\\b")
        .contains("package");

    Matcher staged =
        Pattern.compile("cp\\s+modules/imr/target/imr/imr\\.jar\\s+(\\S+)").matcher(buildRuns);
    assertThat(staged.find())
        .as("Dockerfile: the build stage copies modules/imr/target/imr/imr.jar")
        .isTrue();
    String stagedJar =
        staged.group(1).endsWith(".jar") ? staged.group(1) : folder(staged.group(1)) + "imr.jar";

    Instruction entrypoint =
        image.stream()
            .filter(i -> i.keyword.equals("ENTRYPOINT"))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("Dockerfile: the image has no ENTRYPOINT"));
    JsonNode command = new ObjectMapper().readTree(entrypoint.args);
    assertThat(command.isArray())
        .as("Dockerfile: ENTRYPOINT in exec form, so SIGTERM reaches java")
        .isTrue();
    List<String> words = new ArrayList<>();
    command.forEach(w -> words.add(w.asText()));
    int jarFlag = words.indexOf("-jar");
    assertThat(jarFlag).as("Dockerfile: ENTRYPOINT %s runs java -jar", words).isPositive();
    assertThat(words.get(0)).as("Dockerfile: ENTRYPOINT %s", words).isEqualTo("java");
    String runJar = words.get(jarFlag + 1);

    List<String> copied = new ArrayList<>();
    for (Instruction copy : image) {
      if (!copy.keyword.equals("COPY") || !copy.args.startsWith("--from=" + buildStage + " ")) {
        continue;
      }
      List<String> paths =
          List.of(copy.args.split("\\s+")).stream().filter(p -> !p.startsWith("--")).toList();
      String source = paths.get(0);
      String target = paths.get(paths.size() - 1);
      if (stagedJar.startsWith(folder(source))) {
        copied.add(folder(target) + stagedJar.substring(folder(source).length()));
      } else if (stagedJar.equals(source)) {
        copied.add(target.endsWith("/") ? target + "imr.jar" : target);
      }
    }
    assertThat(copied)
        .as(
            "Dockerfile: ENTRYPOINT runs %s; the jar built from modules/imr is copied to %s",
            runJar, copied)
        .contains(runJar);
    assertThat(image)
        .as("Dockerfile: the image runs as a user of its own, not root")
        .anyMatch(i -> i.keyword.equals("USER") && !i.args.equals("root") && !i.args.equals("0"));
  }

  @Test
  void brokersRunTheKafkaVersionOfTheClients() {
    String version = AppInfoParser.getVersion();
    List<String> problems = new ArrayList<>();
    for (Service broker : brokers()) {
      if (!broker.image().equals(KAFKA_IMAGE + version)) {
        problems.add(
            broker.problem("runs " + broker.image() + ", the clients are Kafka " + version));
      }
    }
    report(problems);
  }

  // --- compose ---------------------------------------------------------------------------------

  /** The services that run the image built from docker/Dockerfile. */
  private static List<Service> imrServices() {
    Optional<String> image =
        services.values().stream()
            .filter(Service::builds)
            .map(Service::image)
            .filter(i -> !i.isEmpty())
            .findFirst();
    return services.values().stream()
        .filter(s -> s.builds() || (image.isPresent() && s.image().equals(image.get())))
        .toList();
  }

  private static List<Service> brokers() {
    return services.values().stream().filter(s -> s.image().startsWith(KAFKA_IMAGE)).toList();
  }

  private static List<Service> registries() {
    return services.values().stream().filter(s -> s.image().startsWith(APICURIO_IMAGE)).toList();
  }

  /** Services others wait for to complete: they run once and need no healthcheck or restart. */
  private static Set<String> oneShots() {
    Set<String> oneShots = new HashSet<>();
    for (Service service : services.values()) {
      service
          .dependsOn()
          .forEach(
              (name, condition) -> {
                if (condition.equals("service_completed_successfully")) {
                  oneShots.add(name);
                }
              });
    }
    return oneShots;
  }

  private static Optional<String> internalEndpoint(Service broker, List<String> problems) {
    String name = broker.env("KAFKA_INTER_BROKER_LISTENER_NAME").orElse("PLAINTEXT");
    URI advertised = listeners(broker.env("KAFKA_ADVERTISED_LISTENERS").orElse("")).get(name);
    URI bound = listeners(broker.env("KAFKA_LISTENERS").orElse("")).get(name);
    if (advertised == null || bound == null) {
      problems.add(
          broker.problem(
              "internal listener "
                  + name
                  + " is not both in KAFKA_LISTENERS and"
                  + " KAFKA_ADVERTISED_LISTENERS"));
      return Optional.empty();
    }
    if (advertised.getPort() != bound.getPort()) {
      problems.add(
          broker.problem(
              "listener "
                  + name
                  + " binds port "
                  + bound.getPort()
                  + " but advertises "
                  + advertised.getPort()));
    }
    String host = advertised.getHost();
    if (!host.equals(broker.name) && !host.equals(broker.node.path("hostname").asText())) {
      problems.add(
          broker.problem(
              "listener "
                  + name
                  + " advertises host "
                  + host
                  + ", which is not the service's name on the compose network"));
    }
    return Optional.of(host + ":" + advertised.getPort());
  }

  private static void checkBootstrap(
      Service service, String servers, Set<String> internal, List<String> problems) {
    Set<String> named = new LinkedHashSet<>();
    for (String server : servers.split(",")) {
      named.add(server.trim());
    }
    for (String server : named) {
      if (!internal.contains(server)) {
        problems.add(
            service.problem(
                "bootstrap server " + server + " is no broker's internal listener " + internal));
      }
    }
    if (!named.containsAll(internal)) {
      problems.add(
          service.problem(
              "bootstrap servers "
                  + named
                  + " leave out brokers of "
                  + internal
                  + ": it could not start with those down"));
    }
  }

  /** {@code NAME://host:port,...} as name to URI. */
  private static Map<String, URI> listeners(String spec) {
    Map<String, URI> listeners = new LinkedHashMap<>();
    for (String listener : spec.split(",")) {
      String trimmed = listener.trim();
      int scheme = trimmed.indexOf("://");
      if (scheme > 0) {
        String hostPort = trimmed.substring(scheme + 3);
        listeners.put(
            trimmed.substring(0, scheme),
            URI.create("kafka://" + (hostPort.startsWith(":") ? "0.0.0.0" + hostPort : hostPort)));
      }
    }
    return listeners;
  }

  private static int registryPort(Service registry) {
    return registry.env("QUARKUS_HTTP_PORT").map(Integer::parseInt).orElse(APICURIO_DEFAULT_PORT);
  }

  /** The container side of a port mapping: {@code 127.0.0.1:8081:8080} gives 8080. */
  private static int containerPort(String mapping) {
    String last = mapping.substring(mapping.lastIndexOf(':') + 1);
    return Integer.parseInt(last.replaceAll("/.*$", ""));
  }

  private static void expectEnv(
      Service service, String variable, String expected, List<String> problems) {
    String actual = service.env(variable).orElse("(unset)");
    if (!actual.equals(expected)) {
      problems.add(service.problem(variable + " is " + actual + ", expected " + expected));
    }
  }

  /** Compose durations: {@code 60s}, {@code 1m30s}, {@code 500ms}. */
  static Duration composeDuration(String text) {
    Matcher part = DURATION_PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find()) {
      if (part.start() != end) {
        break;
      }
      double amount = Double.parseDouble(part.group(1));
      long nanosPerUnit =
          switch (part.group(2)) {
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      total = total.plusNanos((long) (amount * nanosPerUnit));
      end = part.end();
    }
    if (end != text.length() || end == 0) {
      throw new AssertionError("not a compose duration: " + text);
    }
    return total;
  }

  private static Duration streamsCloseTimeout() throws ReflectiveOperationException {
    Field field = StreamsRunner.class.getDeclaredField("CLOSE_TIMEOUT");
    field.setAccessible(true);
    return (Duration) field.get(null);
  }

  // --- settings the code knows -----------------------------------------------------------------

  private static boolean isKnownSetting(String property) {
    Set<String> producer = ProducerConfig.configNames();
    Set<String> consumer = ConsumerConfig.configNames();
    Set<String> admin = AdminClientConfig.configNames();
    Set<String> direct = new HashSet<>(StreamsConfig.configDef().names());
    direct.addAll(producer);
    direct.addAll(consumer);
    direct.addAll(admin);
    direct.addAll(constants(SerdeConfig.class));
    direct.addAll(constants(PipelineSettings.class));
    if (direct.contains(property)) {
      return true;
    }
    Map<String, Set<String>> prefixed = new LinkedHashMap<>();
    prefixed.put(StreamsConfig.MAIN_CONSUMER_PREFIX, consumer);
    prefixed.put(StreamsConfig.RESTORE_CONSUMER_PREFIX, consumer);
    prefixed.put(StreamsConfig.GLOBAL_CONSUMER_PREFIX, consumer);
    prefixed.put(StreamsConfig.CONSUMER_PREFIX, consumer);
    prefixed.put(StreamsConfig.PRODUCER_PREFIX, producer);
    prefixed.put(StreamsConfig.ADMIN_CLIENT_PREFIX, admin);
    prefixed.put(StreamsConfig.TOPIC_PREFIX, constants(TopicConfig.class));
    return prefixed.entrySet().stream()
        .anyMatch(
            p ->
                property.startsWith(p.getKey())
                    && p.getValue().contains(property.substring(p.getKey().length())));
  }

  /** The values of a class's public static String constants (its setting names, among others). */
  private static Set<String> constants(Class<?> type) {
    Set<String> values = new HashSet<>();
    for (Field field : type.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }

  // --- Dockerfile ------------------------------------------------------------------------------

  private record Instruction(String keyword, String args) {}

  /** The Dockerfile's instructions, continuation lines joined and comments dropped. */
  private static List<Instruction> dockerfile() throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = trimmed.endsWith("\\");
      current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (!continues) {
        String text = current.toString().trim();
        int space = text.indexOf(' ');
        instructions.add(
            new Instruction(
                text.substring(0, space).toUpperCase(), text.substring(space + 1).trim()));
        current.setLength(0);
      }
    }
    return instructions;
  }

  private static List<Instruction> finalStage(List<Instruction> all) {
    int from = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).keyword.equals("FROM")) {
        from = i;
      }
    }
    return all.subList(from, all.size());
  }

  private static Set<Integer> exposedPorts(List<Instruction> stage) {
    Set<Integer> ports = new HashSet<>();
    stage.stream()
        .filter(i -> i.keyword.equals("EXPOSE"))
        .forEach(
            i -> {
              for (String port : i.args.split("\\s+")) {
                ports.add(Integer.parseInt(port.replaceAll("/.*$", "")));
              }
            });
    return ports;
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** {@code path} as a folder: one trailing slash. */
  private static String folder(String path) {
    return path.replaceAll("/+$", "") + "/";
  }

  private static List<String> names(List<Service> list) {
    return list.stream().map(s -> s.name).toList();
  }

  private static void report(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(
          problems.size()
              + " mismatch(es) between docker/ and the code:\n  "
              + String.join("\n  ", problems));
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docker/compose.yaml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "no docker/compose.yaml above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** One service of compose.yaml. */
  private record Service(String name, JsonNode node) {

    String problem(String what) {
      return "compose.yaml service '" + name + "': " + what;
    }

    boolean builds() {
      return node.has("build");
    }

    String image() {
      return node.path("image").asText("");
    }

    List<String> command() {
      JsonNode command = node.path("command");
      List<String> args = new ArrayList<>();
      if (command.isArray()) {
        command.forEach(a -> args.add(a.asText()));
      } else if (command.isTextual()) {
        args.addAll(List.of(command.asText().trim().split("\\s+")));
      }
      return args;
    }

    /** The imr subcommand the service runs: its command's first word. */
    Optional<String> subcommand() {
      List<String> args = command();
      return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    }

    /** The value of {@code --name value} or {@code --name=value} in the command. */
    Optional<String> option(String option) {
      List<String> args = command();
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i).equals(option) && i + 1 < args.size()) {
          return Optional.of(args.get(i + 1));
        }
        if (args.get(i).startsWith(option + "=")) {
          return Optional.of(args.get(i).substring(option.length() + 1));
        }
      }
      return Optional.empty();
    }

    Map<String, String> environment() {
      Map<String, String> env = new LinkedHashMap<>();
      JsonNode environment = node.path("environment");
      if (environment.isObject()) {
        environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
      } else if (environment.isArray()) {
        environment.forEach(
            entry -> {
              String text = entry.asText();
              int eq = text.indexOf('=');
              env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            });
      }
      return env;
    }

    Optional<String> env(String variable) {
      return Optional.ofNullable(environment().get(variable));
    }

    List<String> ports() {
      List<String> ports = new ArrayList<>();
      node.path("ports")
          .forEach(
              p ->
                  ports.add(
                      p.isObject()
                          ? p.path("host_ip").asText("0.0.0.0")
                              + ":"
                              + p.path("published").asText()
                              + ":"
                              + p.path("target").asText()
                          : p.asText()));
      return ports;
    }

    /** Where named volumes (not bind mounts) are mounted in the container. */
    Set<String> namedVolumeTargets() {
      Set<String> targets = new HashSet<>();
      node.path("volumes")
          .forEach(
              v -> {
                if (v.isObject()) {
                  if (v.path("type").asText("volume").equals("volume")) {
                    targets.add(v.path("target").asText());
                  }
                } else {
                  String[] parts = v.asText().split(":");
                  boolean named =
                      parts.length >= 2
                          && !parts[0].startsWith(".")
                          && !parts[0].startsWith("/")
                          && !parts[0].startsWith("~");
                  if (named) {
                    targets.add(parts[1]);
                  }
                }
              });
      return targets;
    }

    String healthcheckTest() {
      JsonNode test = node.path("healthcheck").path("test");
      if (test.isArray()) {
        List<String> words = new ArrayList<>();
        test.forEach(w -> words.add(w.asText()));
        return String.join(" ", words);
      }
      return test.asText("");
    }

    /** The port a healthcheck probes through bash's /dev/tcp on loopback. */
    Optional<Integer> probedPort() {
      Matcher probe = TCP_PROBE.matcher(healthcheckTest());
      return probe.find() ? Optional.of(Integer.parseInt(probe.group(1))) : Optional.empty();
    }

    /** Services this one waits for, with their conditions. */
    Map<String, String> dependsOn() {
      Map<String, String> conditions = new LinkedHashMap<>();
      JsonNode dependsOn = node.path("depends_on");
      if (dependsOn.isArray()) {
        dependsOn.forEach(d -> conditions.put(d.asText(), "service_started"));
      } else {
        dependsOn
            .fields()
            .forEachRemaining(
                e ->
                    conditions.put(
                        e.getKey(), e.getValue().path("condition").asText("service_started")));
      }
      return conditions;
    }
  }
}
