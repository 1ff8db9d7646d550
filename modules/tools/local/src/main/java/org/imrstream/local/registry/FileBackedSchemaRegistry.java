package org.imrstream.local.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.imrstream.serde.registry.InMemorySchemaRegistry;
import org.imrstream.serde.registry.RegistrationJournal;

/**
 * An {@link InMemorySchemaRegistry} whose registrations outlive the JVM: each new version goes to a
 * {@link FileRegistrationJournal} (forced to disk) before the client gets its id, and opening the
 * same file again replays them in order, so every schema keeps its id and every subject its
 * versions, and new schemas continue the numbering.
 */
public final class FileBackedSchemaRegistry implements AutoCloseable {

  private final FileRegistrationJournal journal;
  private final InMemorySchemaRegistry registry;

  private FileBackedSchemaRegistry(
      FileRegistrationJournal journal, InMemorySchemaRegistry registry) {
    this.journal = journal;
    this.registry = registry;
  }

  /**
   * Loads the registrations in {@code file} (none when it does not exist yet) and records new ones
   * there.
   */
  public static FileBackedSchemaRegistry open(Path file) throws IOException {
    FileRegistrationJournal journal = FileRegistrationJournal.open(file);
    try {
      InMemorySchemaRegistry registry = new InMemorySchemaRegistry(journal);
      for (RegistrationJournal.Registration registration : journal.recorded()) {
        registry.replay(registration);
      }
      return new FileBackedSchemaRegistry(journal, registry);
    } catch (RuntimeException e) {
      journal.close();
      throw new IOException(file + " cannot be replayed: " + e.getMessage(), e);
    }
  }

  /** The registry to serve, e.g. with {@link RegistryHttpServer}. */
  public InMemorySchemaRegistry registry() {
    return registry;
  }

  public Path file() {
    return journal.file();
  }

  /** Closes the file: registrations after this fail with a 500 answer. */
  @Override
  public void close() {
    try {
      journal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
