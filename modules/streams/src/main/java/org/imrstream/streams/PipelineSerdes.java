package org.imrstream.streams;

import org.apache.kafka.common.serialization.Serde;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineOutcomeCounts;
import org.imrstream.avro.ParseFailure;

/** The serdes of the topology's output topics (Avro through a Schema Registry, in production). */
public record PipelineSerdes(
    Serde<DecisionEvent> decisions, Serde<ParseFailure> failures, Serde<GuidelineOutcomeCounts> counts) {}
