package org.imrstream.apicurio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.imrstream.serde.SerdeConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a running Apicurio with global compatibility BACKWARD (what a production
 * registry would enforce):
 *
 * <pre>
 * &#64;RegisterExtension static final ApicurioRegistryExtension APICURIO = ApicurioRegistryExtension.shared();
 * </pre>
 *
 * The registry keeps everything in memory for its whole life. Classes whose tests each use subjects
 * of their own share one registry (a start costs seconds); a class that checks what the registry
 * holds as a whole takes one of its own. JUnit stops each when its scope ends (the class, or the
 * whole run); the process's shutdown hook covers a JVM that dies first.
 */
final class ApicurioRegistryExtension implements BeforeAllCallback {

  static final String COMPATIBILITY = "BACKWARD";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ApicurioRegistryExtension.class);

  private final String name;
  private final boolean shared;
  private Running running;

  /** A registry running, as the extension stores it: JUnit closes it with its store. */
  private record Running(ApicurioProcess process, CcompatAdmin admin) implements AutoCloseable {

    static Running start(String name) {
      try {
        ApicurioProcess process = ApicurioProcess.start(name);
        CcompatAdmin admin = new CcompatAdmin(process.ccompatUrl());
        try {
          admin.setCompatibility(COMPATIBILITY);
        } catch (RuntimeException e) {
          process.close();
          throw e;
        }
        return new Running(process, admin);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting Apicurio", e);
      }
    }

    @Override
    public void close() {
      process.close();
    }
  }

  private ApicurioRegistryExtension(String name, boolean shared) {
    this.name = name;
    this.shared = shared;
  }

  /** The registry of the test classes whose tests use subjects of their own; its log: serde.log. */
  static ApicurioRegistryExtension shared() {
    return new ApicurioRegistryExtension("serde", true);
  }

  /** A registry for this class alone, stopped after it; its log: {@code <name>.log}. */
  static ApicurioRegistryExtension perClass(String name) {
    return new ApicurioRegistryExtension(name, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext scope = shared ? context.getRoot() : context;
    running = scope.getStore(NAMESPACE).getOrComputeIfAbsent(name, Running::start, Running.class);
  }

  /** The value for {@code schema.registry.url}. */
  String ccompatUrl() {
    return running.process().ccompatUrl();
  }

  /**
   * Settings for our serdes: {@code schema.registry.url} naming this registry, then {@code extra}.
   */
  Map<String, Object> serdeConfig(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(SerdeConfig.SCHEMA_REGISTRY_URL, ccompatUrl());
    return config;
  }

  /** The value for Apicurio's serde's {@code apicurio.registry.url}. */
  String registryV2Url() {
    return running.process().registryV2Url();
  }

  CcompatAdmin admin() {
    return running.admin();
  }
}
