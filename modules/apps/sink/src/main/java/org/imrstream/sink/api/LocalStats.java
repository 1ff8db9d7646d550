package org.imrstream.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.imrstream.sink.SinkTopology;
import org.imrstream.sink.stats.GuidelineTotals;
import org.imrstream.sink.stats.Tally;
import org.imrstream.topics.DayKeys;

/**
 * What this instance's own state stores say: the guidelines, days and latest decisions of the
 * partitions it holds as active tasks. A store that is not queryable (a rebalance under way) throws
 * Kafka's {@code InvalidStateStoreException}; the API answers 503 then.
 */
final class LocalStats {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaStreams streams;

  LocalStats(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Every guideline held here, with its days up to {@code days} back from its newest. */
  List<GuidelineSnapshot> guidelines(int days) {
    List<GuidelineSnapshot> out = new ArrayList<>();
    try (KeyValueIterator<String, GuidelineTotals> all = totals().all()) {
      while (all.hasNext()) {
        out.add(snapshot(all.next().value, days));
      }
    }
    return out;
  }

  /** One guideline, if held here. */
  Optional<GuidelineSnapshot> guideline(String guideline, int days) {
    return Optional.ofNullable(totals().get(guideline)).map(t -> snapshot(t, days));
  }

  /** The days of {@code guideline} from {@code from} to {@code to}, both included, in order. */
  List<DayCount> history(String guideline, LocalDate from, LocalDate to) {
    List<DayCount> out = new ArrayList<>();
    try (KeyValueIterator<String, Tally> range =
        days().range(DayKeys.of(guideline, from), DayKeys.of(guideline, to))) {
      while (range.hasNext()) {
        KeyValue<String, Tally> day = range.next();
        DayKeys.day(day.key)
            .ifPresent(
                date ->
                    out.add(
                        new DayCount(date.toString(), day.value.upheld(), day.value.overturned())));
      }
    }
    return out;
  }

  /**
   * Up to {@code limit} of the latest decisions held here that match, newest decision date first.
   * The store is one per partition and a scan of all of them reads partition after partition, so
   * each partition's newest are collected (its store key sorts by date, then id) and merged.
   */
  List<JsonNode> decisions(String guideline, String outcome, int limit) {
    List<String> keys = new ArrayList<>();
    Map<String, JsonNode> byKey = new HashMap<>();
    ReadOnlyKeyValueStore<String, String> store =
        streams.store(
            StoreQueryParameters.fromNameAndType(
                SinkTopology.RECENT_DECISIONS_STORE, QueryableStoreTypes.keyValueStore()));
    try (KeyValueIterator<String, String> all = store.reverseAll()) {
      while (all.hasNext()) {
        KeyValue<String, String> entry = all.next();
        JsonNode decision = read(entry.value);
        if ((guideline == null || guideline.equals(decision.path("guideline").asText()))
            && (outcome == null || outcome.equals(decision.path("outcome").asText()))) {
          keys.add(entry.key);
          byKey.put(entry.key, decision);
        }
      }
    }
    keys.sort(Comparator.reverseOrder());
    return keys.stream().limit(limit).map(byKey::get).toList();
  }

  private GuidelineSnapshot snapshot(GuidelineTotals totals, int days) {
    List<DayCount> recent = List.of();
    LocalDate newest = totals.newestDate();
    if (newest != null && days > 0) {
      recent = history(totals.guideline(), newest.minusDays(days - 1L), newest);
    }
    return new GuidelineSnapshot(
        totals.guideline(),
        totals.allTime(),
        totals.newestDay(),
        Instant.ofEpochMilli(totals.updatedAtMs()).toString(),
        recent);
  }

  private ReadOnlyKeyValueStore<String, GuidelineTotals> totals() {
    return streams.store(
        StoreQueryParameters.fromNameAndType(
            SinkTopology.TOTALS_STORE, QueryableStoreTypes.keyValueStore()));
  }

  private ReadOnlyKeyValueStore<String, Tally> days() {
    return streams.store(
        StoreQueryParameters.fromNameAndType(
            SinkTopology.DAYS_STORE, QueryableStoreTypes.keyValueStore()));
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
