package org.imrstream.sink.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.imrstream.sink.DashboardJson;
import org.imrstream.sink.SinkTopology;
import org.imrstream.sink.stats.Tally;

/**
 * The answers of the query API, over every instance of the sink: what this one holds, read from its
 * stores, and what the others hold, asked over HTTP at their {@code application.server}. A question
 * about one guideline goes to the instance that holds it; a question about all of them goes to all,
 * and fails (rather than answer with a part) when one does not answer.
 */
final class DashboardQueries {

  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalStats local;
  private final Peers peers;

  DashboardQueries(LocalStats local, Peers peers) {
    this.local = local;
    this.peers = peers;
  }

  /** Every guideline: all-time and in the current window of {@code windowDays}, with its bounds. */
  ObjectNode guidelines(int windowDays) {
    WindowBounds.ending(LocalDate.EPOCH, windowDays); // checks the length before any work
    List<GuidelineSnapshot> all = new ArrayList<>(local.guidelines(windowDays));
    for (HostInfo peer : peers.others(SinkTopology.TOTALS_STORE)) {
      all.addAll(
          read(
              peers.get(peer, "/api/local/guidelines?days=" + windowDays),
              new TypeReference<List<GuidelineSnapshot>>() {}));
    }
    all.sort(Comparator.comparing(GuidelineSnapshot::guideline));
    Optional<WindowBounds> window = newest(all).map(now -> WindowBounds.ending(now, windowDays));
    ObjectNode node = JSON.createObjectNode();
    node.put("now", window.map(w -> w.end().toString()).orElse(null));
    bounds(node, "window", window);
    ArrayNode guidelines = node.putArray("guidelines");
    for (GuidelineSnapshot snapshot : all) {
      entry(guidelines.addObject(), snapshot, window);
    }
    return node;
  }

  /** One guideline, from the instance that holds it; empty when no instance does. */
  Optional<ObjectNode> guideline(String guideline, int windowDays) {
    WindowBounds.ending(LocalDate.EPOCH, windowDays);
    Optional<HostInfo> owner = peers.ownerOf(SinkTopology.TOTALS_STORE, guideline);
    Optional<GuidelineSnapshot> snapshot =
        owner.isEmpty()
            ? local.guideline(guideline, windowDays)
            : localGuideline(owner.get(), guideline, windowDays);
    if (snapshot.isEmpty()) {
      return Optional.empty();
    }
    Optional<WindowBounds> window = now().map(now -> WindowBounds.ending(now, windowDays));
    ObjectNode node = entry(JSON.createObjectNode(), snapshot.get(), window);
    bounds(node, "windowBounds", window);
    return Optional.of(node);
  }

  /** The daily series of one guideline, from the instance that holds it. */
  ObjectNode history(String guideline, LocalDate from, LocalDate to) {
    Optional<HostInfo> owner = peers.ownerOf(SinkTopology.DAYS_STORE, guideline);
    List<DayCount> days =
        owner.isEmpty()
            ? local.history(guideline, from, to)
            : read(
                peers.get(
                    owner.get(),
                    "/api/local/history/" + encode(guideline) + "?from=" + from + "&to=" + to),
                new TypeReference<List<DayCount>>() {});
    ObjectNode node = JSON.createObjectNode();
    node.put("guideline", guideline);
    ArrayNode array = node.putArray("days");
    for (DayCount day : days) {
      ObjectNode d = array.addObject();
      d.put("date", day.date());
      DashboardJson.tally(d, day.tally());
    }
    return node;
  }

  /** The latest decisions of every instance that match, newest decision date first. */
  ObjectNode decisions(String guideline, String outcome, int limit) {
    List<JsonNode> all = new ArrayList<>(local.decisions(guideline, outcome, limit));
    String query =
        "/api/local/decisions?limit="
            + limit
            + (guideline == null ? "" : "&guideline=" + encode(guideline))
            + (outcome == null ? "" : "&outcome=" + encode(outcome));
    for (HostInfo peer : peers.others(SinkTopology.RECENT_DECISIONS_STORE)) {
      all.addAll(read(peers.get(peer, query), new TypeReference<List<JsonNode>>() {}));
    }
    all.sort(
        Comparator.comparing((JsonNode d) -> d.path("decisionDate").asText(""))
            .thenComparing(d -> d.path("decisionId").asText())
            .reversed());
    ObjectNode node = JSON.createObjectNode();
    ArrayNode array = node.putArray("decisions");
    all.stream().limit(limit).forEach(array::add);
    return node;
  }

  /** The newest decision date of every instance's guidelines: the one "now" of the windows. */
  Optional<LocalDate> now() {
    Optional<LocalDate> now = localNow();
    for (HostInfo peer : peers.others(SinkTopology.TOTALS_STORE)) {
      String theirs = peers.get(peer, "/api/local/now").trim();
      if (!theirs.isEmpty()) {
        LocalDate date = LocalDate.parse(theirs);
        now = Optional.of(now.filter(mine -> mine.isAfter(date)).orElse(date));
      }
    }
    return now;
  }

  /** The newest decision date of the guidelines held here. */
  Optional<LocalDate> localNow() {
    return newest(local.guidelines(0));
  }

  private Optional<GuidelineSnapshot> localGuideline(HostInfo owner, String guideline, int days) {
    try {
      return Optional.of(
          read(
              peers.get(owner, "/api/local/guideline/" + encode(guideline) + "?days=" + days),
              new TypeReference<GuidelineSnapshot>() {}));
    } catch (Peers.PeerFailure e) {
      if (e.getMessage().contains(" answered 404 ")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static Optional<LocalDate> newest(List<GuidelineSnapshot> snapshots) {
    return snapshots.stream()
        .map(GuidelineSnapshot::newestDecisionDate)
        .filter(d -> d != null)
        .map(LocalDate::parse)
        .max(Comparator.naturalOrder());
  }

  private static ObjectNode entry(
      ObjectNode node, GuidelineSnapshot snapshot, Optional<WindowBounds> window) {
    node.put("guideline", snapshot.guideline());
    DashboardJson.tally(node.putObject("allTime"), snapshot.allTime());
    DashboardJson.tally(node.putObject("window"), window.map(snapshot::within).orElse(Tally.EMPTY));
    node.put("newestDecisionDate", snapshot.newestDecisionDate());
    node.put("updatedAt", snapshot.updatedAt());
    return node;
  }

  private static void bounds(ObjectNode node, String field, Optional<WindowBounds> window) {
    if (window.isEmpty()) {
      node.putNull(field);
      return;
    }
    ObjectNode w = node.putObject(field);
    w.put("days", window.get().days());
    w.put("start", window.get().start().toString());
    w.put("end", window.get().end().toString());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
