package org.imrstream.serde.registry;

import org.apache.avro.Schema;

/** The part of the Confluent Schema Registry API the serde needs. Implementations cache and are thread-safe. */
public interface SchemaRegistryClient {

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /** The id of {@code schema} under {@code subject}; fails when it is not registered there. */
  int idOf(String subject, Schema schema);

  /** The schema with this global id. */
  Schema byId(int id);

  /** The latest schema registered under {@code subject}, with its id. */
  RegisteredSchema latest(String subject);

  record RegisteredSchema(int id, int version, Schema schema) {}
}
