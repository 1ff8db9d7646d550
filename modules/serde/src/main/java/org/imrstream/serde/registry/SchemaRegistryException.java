package org.imrstream.serde.registry;

/** A registry call failed: carries the registry's error code (Confluent's {@code error_code}) when it sent one. */
public final class SchemaRegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;
  private final int errorCode;

  public SchemaRegistryException(String message, int status, int errorCode) {
    super(message + (status > 0 ? " (HTTP " + status + ", error_code " + errorCode + ")" : ""));
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
    this.errorCode = -1;
  }

  /** HTTP status, or -1 when the registry could not be reached. */
  public int status() {
    return status;
  }

  /** Confluent error code, e.g. 40401 subject not found, 40403 schema not found; -1 when none. */
  public int errorCode() {
    return errorCode;
  }
}
