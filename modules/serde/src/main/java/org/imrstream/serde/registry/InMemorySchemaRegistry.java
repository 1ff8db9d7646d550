package org.imrstream.serde.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A Schema Registry held in memory: global ids stable within the instance, the same schema under the same subject
 * gets the same id and version. Compatibility is not checked (a real registry does that). Backs {@code mock://}
 * URLs and the embedded demo's HTTP registry.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

  private final Map<Integer, Schema> byId = new HashMap<>();
  private final Map<String, Integer> idByCanonical = new HashMap<>();
  private final Map<String, List<Integer>> versionsBySubject = new TreeMap<>();

  @Override
  public synchronized int register(String subject, Schema schema) {
    String canonical = schema.toString();
    Integer id = idByCanonical.get(canonical);
    if (id == null) {
      id = byId.size() + 1;
      byId.put(id, schema);
      idByCanonical.put(canonical, id);
    }
    List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!versions.contains(id)) {
      versions.add(id);
    }
    return id;
  }

  @Override
  public synchronized int idOf(String subject, Schema schema) {
    Integer id = idByCanonical.get(schema.toString());
    List<Integer> versions = versionsBySubject.get(subject);
    if (versions == null) {
      throw new SchemaRegistryException("subject '" + subject + "' not found", 404, 40401);
    }
    if (id == null || !versions.contains(id)) {
      throw new SchemaRegistryException("schema not found under subject '" + subject + "'", 404, 40403);
    }
    return id;
  }

  @Override
  public synchronized Schema byId(int id) {
    Schema schema = byId.get(id);
    if (schema == null) {
      throw new SchemaRegistryException("schema " + id + " not found", 404, 40403);
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<Integer> versions = versionsBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw new SchemaRegistryException("subject '" + subject + "' not found", 404, 40401);
    }
    int id = versions.get(versions.size() - 1);
    return new RegisteredSchema(id, versions.size(), byId.get(id));
  }

  public synchronized List<String> subjects() {
    return List.copyOf(versionsBySubject.keySet());
  }

  /** Versions of a subject, 1-based, oldest first. */
  public synchronized List<Integer> versions(String subject) {
    List<Integer> ids = versionsBySubject.get(subject);
    if (ids == null) {
      throw new SchemaRegistryException("subject '" + subject + "' not found", 404, 40401);
    }
    List<Integer> versions = new ArrayList<>();
    for (int v = 1; v <= ids.size(); v++) {
      versions.add(v);
    }
    return versions;
  }

  /** The schema id of a subject's version (1-based), or -1 for "latest". */
  public synchronized RegisteredSchema version(String subject, int version) {
    List<Integer> ids = versionsBySubject.get(subject);
    if (ids == null) {
      throw new SchemaRegistryException("subject '" + subject + "' not found", 404, 40401);
    }
    if (version == -1) {
      return latest(subject);
    }
    if (version < 1 || version > ids.size()) {
      throw new SchemaRegistryException("version " + version + " of '" + subject + "' not found", 404, 40402);
    }
    int id = ids.get(version - 1);
    return new RegisteredSchema(id, version, byId.get(id));
  }
}
