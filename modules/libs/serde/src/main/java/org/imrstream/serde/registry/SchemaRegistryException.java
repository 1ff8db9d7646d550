package org.imrstream.serde.registry;

/**
 * A registry call failed. Carries the HTTP status and the registry's own {@code error_code} (e.g.
 * 40401 subject not found, 40403 schema not found, 42201 invalid schema) so callers can tell "not
 * registered" from "registry down".
 */
public final class SchemaRegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String detail;
  private final int status;
  private final int errorCode;

  public SchemaRegistryException(String message, int status, int errorCode) {
    this(message, status, errorCode, null);
  }

  public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
    super(
        message + (status > 0 ? " (HTTP " + status + ", error_code " + errorCode + ")" : ""),
        cause);
    this.detail = message;
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    this(message, -1, -1, cause);
  }

  /** The same failure, saying that retrying did not help. */
  SchemaRegistryException afterAttempts(int attempts) {
    return new SchemaRegistryException(
        detail + "; gave up after " + attempts + " attempts", status, errorCode, this);
  }

  /** The message without the status suffix, as a registry would put it in its {@code message}. */
  public String detail() {
    return detail;
  }

  /** HTTP status, or -1 when no registry answered. */
  public int status() {
    return status;
  }

  /** Confluent error code, or -1 when the registry sent none. */
  public int errorCode() {
    return errorCode;
  }
}
