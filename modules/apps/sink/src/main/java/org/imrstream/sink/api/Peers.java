package org.imrstream.sink.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The other instances of this sink application, as Kafka Streams knows them from each instance's
 * {@code application.server}: which one holds a guideline, and a GET to one of them. A guideline's
 * days and totals are partitioned by the guideline alone (the pipeline's partitioner is the default
 * one of the guideline), so the guideline is the key to look up.
 */
final class Peers {

  /** Set on a request one instance makes of another, so that it is never passed on again. */
  static final String FORWARDED = "X-Imr-Forwarded";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  Peers(KafkaStreams streams, String applicationServer) {
    this.streams = streams;
    this.self = applicationServer.isBlank() ? null : HostInfo.buildFromEndpoint(applicationServer);
  }

  /** Every other instance of the application that holds state of {@code store}. */
  List<HostInfo> others(String store) {
    Set<HostInfo> hosts = new LinkedHashSet<>();
    for (StreamsMetadata metadata : streams.streamsMetadataForStore(store)) {
      if (!metadata.hostInfo().equals(self)) {
        hosts.add(metadata.hostInfo());
      }
    }
    return List.copyOf(hosts);
  }

  /** The instance whose active task holds {@code guideline} in {@code store}; empty: this one. */
  Optional<HostInfo> ownerOf(String store, String guideline) {
    KeyQueryMetadata metadata =
        streams.queryMetadataForKey(store, guideline, Serdes.String().serializer());
    if (metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE) {
      throw new NotReady("no instance holds " + store + " for that guideline yet (rebalancing)");
    }
    HostInfo owner = metadata.activeHost();
    return owner.equals(self) ? Optional.empty() : Optional.of(owner);
  }

  /** The body of a 200 answer to {@code GET pathAndQuery} at {@code host}. */
  String get(HostInfo host, String pathAndQuery) {
    URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header(FORWARDED, "1").GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new PeerFailure(
            "instance " + host + " answered " + response.statusCode() + " to " + pathAndQuery);
      }
      return response.body();
    } catch (IOException e) {
      throw new PeerFailure("instance " + host + " is unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerFailure("interrupted while asking instance " + host);
    }
  }

  /** Another instance did not answer: the answer would be partial, so there is none (502). */
  static final class PeerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PeerFailure(String message) {
      super(message);
    }
  }

  /** The state is moving between instances: ask again shortly (503). */
  static final class NotReady extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotReady(String message) {
      super(message);
    }
  }
}
