package org.imrstream.topics;

import java.util.List;

/**
 * Every topic of the pipeline, in one place. Producers, the topology, the sink, the demo and the
 * tests all take names from here, so that a rename is one edit.
 */
public final class Topics {

  /**
   * Raw letters exactly as received. Key: letter id (case number, else SHA-256 of the bytes).
   * Value: bytes.
   */
  public static final String RAW_LETTERS = "imr.letters.raw";

  /**
   * One Avro {@code DecisionEvent} per disputed item. Key: decision id ({@code CM16-0213037#1}).
   * Null value: the decision was retracted by an amended letter.
   */
  public static final String DECISIONS = "imr.decisions";

  /**
   * Avro {@code ParseFailure}: letters that could not be parsed, with their reason and original
   * bytes. Key: letter id.
   */
  public static final String DEAD_LETTERS = "imr.letters.dead";

  /**
   * Avro {@code LateDecision}: decisions whose letter states no date (cause {@code UNDATED}): they
   * are in the decisions topic and the all-time counts, in no day and so in no window. Key:
   * decision id. (Before daily counts, also decisions that came after their windows had closed.)
   */
  public static final String LATE_DECISIONS = "imr.decisions.late";

  /**
   * Kafka Streams' own dead-letter queue (KIP-1034): records that broke before parsing, raw, with
   * error headers.
   */
  public static final String STREAMS_DLQ = "imr.letters.dlq";

  /** Avro {@code GuidelineOutcomeCounts}, all-time totals. Key: guideline. */
  public static final String GUIDELINE_COUNTS = "imr.guideline.counts";

  /**
   * Avro {@code GuidelineOutcomeCounts} (scope {@code DAY}), one per guideline and decision date:
   * every rolling window (30 days, 7, 90) is a sum of these. Key: {@link DayKeys} ({@code
   * guideline@2016-11-01}, or {@code guideline@undated}); partitioned by the guideline alone, so a
   * guideline's days share a partition with its all-time totals.
   */
  public static final String DAILY_COUNTS = "imr.guideline.counts.daily";

  /**
   * Sink output, compacted JSON: the latest stats per guideline (all-time counts, the newest
   * decision date, when they changed). Key: guideline.
   */
  public static final String DASHBOARD_GUIDELINE_STATS = "imr.dashboard.guideline-stats";

  /** Sink output, JSON: one object per decision. Key: decision id. */
  public static final String DASHBOARD_DECISIONS = "imr.dashboard.decisions";

  /** Raw-letter record headers. */
  public static final String HEADER_CONTENT_TYPE = "content-type";

  public static final String HEADER_SOURCE_NAME = "source-name";
  public static final String HEADER_RECEIVED_AT = "received-at";

  /** The largest letter the raw topic takes (its {@code max.message.bytes}). */
  public static final int MAX_LETTER_BYTES = 32 * 1024 * 1024;

  private Topics() {}

  /** Whether {@code name} (at any version, see {@link TopicNames}) is a table: compacted. */
  public static boolean isTable(String name) {
    return !isLog(name) && tables().contains(TopicNames.unversioned(name));
  }

  /** Whether {@code name} (at any version) is a log: every record kept. */
  public static boolean isLog(String name) {
    return logs().contains(name) || logs().contains(TopicNames.unversioned(name));
  }

  /** All topics the pipeline reads or writes (internal topics of the Streams apps excluded). */
  public static List<String> all() {
    return List.of(
        RAW_LETTERS,
        DECISIONS,
        DEAD_LETTERS,
        LATE_DECISIONS,
        STREAMS_DLQ,
        GUIDELINE_COUNTS,
        DAILY_COUNTS,
        DASHBOARD_GUIDELINE_STATS,
        DASHBOARD_DECISIONS);
  }

  /**
   * Tables keyed by id: the latest value per key is all that matters, so they are compacted and
   * never deleted by time (their records carry decision dates, years old, as timestamps: time
   * retention would drop them at once).
   */
  public static List<String> tables() {
    return List.of(
        DECISIONS, GUIDELINE_COUNTS, DAILY_COUNTS, DASHBOARD_GUIDELINE_STATS, DASHBOARD_DECISIONS);
  }

  /**
   * Logs of events, not tables: letters as received (history is replayed from here), dead letters
   * and late decisions. Every record is kept until the user says otherwise.
   */
  public static List<String> logs() {
    return List.of(RAW_LETTERS, DEAD_LETTERS, LATE_DECISIONS, STREAMS_DLQ);
  }
}
