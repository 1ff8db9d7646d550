package org.imrstream.serde.registry;

import java.io.IOException;
import org.apache.avro.Schema;

/**
 * Where an {@link InMemorySchemaRegistry} records each new version of a subject before answering
 * the client.
 */
@FunctionalInterface
public interface RegistrationJournal {

  /** Records nothing: the registry lives as long as the JVM. */
  RegistrationJournal NONE = registration -> {};

  /** Records {@code registration} durably; returns only once a restart would find it. */
  void append(Registration registration) throws IOException;

  /** Schema {@code id} became the next version of {@code subject}. */
  record Registration(String subject, int id, Schema schema) {}
}
