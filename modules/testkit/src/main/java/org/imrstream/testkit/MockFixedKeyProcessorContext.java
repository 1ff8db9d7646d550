package org.imrstream.testkit;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Kafka's {@link MockProcessorContext} for a {@code FixedKeyProcessor} (the test utilities have
 * none): everything is the mock's (stores, metrics, record metadata, clocks), and what the
 * processor forwards is captured by it. {@link #record(Record)} makes the {@link FixedKeyRecord}s a
 * test feeds in.
 */
public final class MockFixedKeyProcessorContext<K, V> implements FixedKeyProcessorContext<K, V> {

  private final MockProcessorContext<K, V> mock;

  public MockFixedKeyProcessorContext(MockProcessorContext<K, V> mock) {
    this.mock = mock;
  }

  /** A record as a fixed-key processor receives it. */
  public static <K, V> FixedKeyRecord<K, V> record(Record<K, V> record) {
    return InternalFixedKeyRecordFactory.create(record);
  }

  public MockProcessorContext<K, V> mock() {
    return mock;
  }

  public List<CapturedForward<? extends K, ? extends V>> forwarded() {
    return mock.forwarded();
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(FixedKeyRecord<K1, V1> record) {
    mock.forward(asRecord(record));
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(
      FixedKeyRecord<K1, V1> record, String childName) {
    mock.forward(asRecord(record), childName);
  }

  private static <K1, V1> Record<K1, V1> asRecord(FixedKeyRecord<K1, V1> record) {
    return new Record<>(record.key(), record.value(), record.timestamp(), record.headers());
  }

  @Override
  public String applicationId() {
    return mock.applicationId();
  }

  @Override
  public TaskId taskId() {
    return mock.taskId();
  }

  @Override
  public Optional<RecordMetadata> recordMetadata() {
    return mock.recordMetadata();
  }

  @Override
  public Serde<?> keySerde() {
    return mock.keySerde();
  }

  @Override
  public Serde<?> valueSerde() {
    return mock.valueSerde();
  }

  @Override
  public File stateDir() {
    return mock.stateDir();
  }

  @Override
  public StreamsMetrics metrics() {
    return mock.metrics();
  }

  @Override
  public <S extends StateStore> S getStateStore(String name) {
    return mock.getStateStore(name);
  }

  @Override
  public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
    return mock.schedule(interval, type, callback);
  }

  @Override
  public Cancellable schedule(
      Instant startTime, Duration interval, PunctuationType type, Punctuator callback) {
    return mock.schedule(startTime, interval, type, callback);
  }

  @Override
  public void commit() {
    mock.commit();
  }

  @Override
  public Map<String, Object> appConfigs() {
    return mock.appConfigs();
  }

  @Override
  public Map<String, Object> appConfigsWithPrefix(String prefix) {
    return mock.appConfigsWithPrefix(prefix);
  }

  @Override
  public long currentSystemTimeMs() {
    return mock.currentSystemTimeMs();
  }

  @Override
  public long currentStreamTimeMs() {
    return mock.currentStreamTimeMs();
  }
}
