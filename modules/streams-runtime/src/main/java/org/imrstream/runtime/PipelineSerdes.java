package org.imrstream.runtime;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.ParseFailure;
import org.imrstream.serde.SpecificAvroSerde;

/** The serdes of the topology's output topics (Avro through a Schema Registry, in production). */
public record PipelineSerdes(
    Serde<DecisionEvent> decisions, Serde<ParseFailure> failures, Serde<GuidelineOutcomeCounts> counts) {

  /** Confluent-compatible Avro value serdes configured from {@code config} ({@code schema.registry.url}, ...). */
  public static PipelineSerdes avro(Map<String, ?> config) {
    return new PipelineSerdes(valueSerde(config), valueSerde(config), valueSerde(config));
  }

  private static <T extends SpecificRecord> Serde<T> valueSerde(Map<String, ?> config) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);
    return serde;
  }
}
