package org.imrstream.serde.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API a serde needs. Implementations are thread-safe and
 * cache whatever cannot change (a schema's id, an id's schema), so serdes may call them once per
 * record.
 */
public interface SchemaRegistryClient {

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /**
   * The id of {@code schema} under {@code subject}; fails with error_code 40401/40403 when it is
   * not there.
   */
  int idOf(String subject, Schema schema);

  /** The schema with this global id. */
  Schema byId(int id);

  /**
   * The newest schema registered under {@code subject}. Not cached: it changes when a version is
   * added.
   */
  RegisteredSchema latest(String subject);

  /** One version of a subject: the schema, its global id and its 1-based version number. */
  record RegisteredSchema(int id, int version, Schema schema) {}
}
