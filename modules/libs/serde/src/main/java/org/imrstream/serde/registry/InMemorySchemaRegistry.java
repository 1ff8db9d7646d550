package org.imrstream.serde.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A Schema Registry held in memory, behind {@code mock://} URLs and {@link RegistryHttpServer}.
 *
 * <p>Like Confluent's registry, ids are global (one id per distinct schema, whatever the subject),
 * stable for the life of the instance, and registering a schema a subject already has returns its
 * existing id and version. Schemas are told apart by Avro's {@code Schema.equals}, so two texts
 * that differ only in documentation are the same schema. Unlike Confluent's registry, compatibility
 * is NOT checked: any schema may follow any other under a subject. That is enough for tests and the
 * demo, whose schemas come from one build.
 *
 * <p>Given a {@link RegistrationJournal}, every new version is written there before it is taken in
 * (and so before a client hears its id); {@link FileBackedSchemaRegistry} replays such a journal to
 * give a restarted registry the same ids.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

  private final List<Schema> schemasById = new ArrayList<>(); // id n at index n - 1
  private final Map<Schema, Integer> idsBySchema = new HashMap<>();
  private final Map<String, List<Integer>> idsBySubjectVersion =
      new TreeMap<>(); // version n at index n - 1
  private final RegistrationJournal journal;

  /** A registry that forgets everything with the JVM. */
  public InMemorySchemaRegistry() {
    this(RegistrationJournal.NONE);
  }

  /** A registry that writes each new version to {@code journal} before answering. */
  public InMemorySchemaRegistry(RegistrationJournal journal) {
    this.journal = journal;
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    Integer known = idsBySchema.get(schema);
    int id = known == null ? schemasById.size() + 1 : known;
    List<Integer> versions = idsBySubjectVersion.get(subject);
    if (versions != null && versions.contains(id)) {
      return id;
    }
    try {
      journal.append(new RegistrationJournal.Registration(subject, id, schema));
    } catch (IOException e) {
      // Nothing was taken in: the client gets an error and may retry, and no id is handed out that
      // a restart loses.
      throw new SchemaRegistryException("Error in the backend data store: " + e, 500, 50001, e);
    }
    return take(subject, schema);
  }

  /**
   * Takes in a registration read back from a journal, without writing it again.
   *
   * @throws IllegalStateException when it does not get the id it was recorded with (the journal is
   *     not this registry's history)
   */
  public synchronized void replay(RegistrationJournal.Registration registration) {
    int id = take(registration.subject(), registration.schema());
    if (id != registration.id()) {
      throw new IllegalStateException(
          "registration of subject '"
              + registration.subject()
              + "' was recorded with id "
              + registration.id()
              + " but replays as id "
              + id);
    }
  }

  private int take(String subject, Schema schema) {
    Integer id = idsBySchema.get(schema);
    if (id == null) {
      schemasById.add(schema);
      id = schemasById.size();
      idsBySchema.put(schema, id);
    }
    List<Integer> versions = idsBySubjectVersion.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!versions.contains(id)) {
      versions.add(id);
    }
    return id;
  }

  @Override
  public synchronized int idOf(String subject, Schema schema) {
    return lookup(subject, schema).id();
  }

  /** The version of {@code subject} that holds {@code schema}. */
  public synchronized RegisteredSchema lookup(String subject, Schema schema) {
    List<Integer> versions = versionsOf(subject);
    Integer id = idsBySchema.get(schema);
    int index = id == null ? -1 : versions.indexOf(id);
    if (index < 0) {
      throw new SchemaRegistryException(
          "schema not found under subject '" + subject + "'", 404, 40403);
    }
    return new RegisteredSchema(id, index + 1, schemasById.get(id - 1));
  }

  @Override
  public synchronized Schema byId(int id) {
    if (id < 1 || id > schemasById.size()) {
      throw new SchemaRegistryException("schema " + id + " not found", 404, 40403);
    }
    return schemasById.get(id - 1);
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    return version(subject, versionsOf(subject).size());
  }

  /** Version {@code version} (1-based; -1 means latest, as in the REST API) of {@code subject}. */
  public synchronized RegisteredSchema version(String subject, int version) {
    List<Integer> versions = versionsOf(subject);
    int wanted = version == -1 ? versions.size() : version;
    if (wanted < 1 || wanted > versions.size()) {
      throw new SchemaRegistryException(
          "version " + version + " of subject '" + subject + "' not found", 404, 40402);
    }
    int id = versions.get(wanted - 1);
    return new RegisteredSchema(id, wanted, schemasById.get(id - 1));
  }

  /** Every subject with at least one version, sorted. */
  public synchronized List<String> subjects() {
    return List.copyOf(idsBySubjectVersion.keySet());
  }

  /** The version numbers of {@code subject}: 1..n. */
  public synchronized List<Integer> versions(String subject) {
    int count = versionsOf(subject).size();
    List<Integer> numbers = new ArrayList<>(count);
    for (int v = 1; v <= count; v++) {
      numbers.add(v);
    }
    return numbers;
  }

  private List<Integer> versionsOf(String subject) {
    List<Integer> versions = idsBySubjectVersion.get(subject);
    if (versions == null) {
      throw new SchemaRegistryException("subject '" + subject + "' not found", 404, 40401);
    }
    return versions;
  }
}
