package org.imrstream.runtime.errors;

/**
 * Thrown by a processor when the record it holds, not the pipeline, is at fault: the one kind of
 * processing error after which {@link LetterFaultProcessingExceptionHandler} lets the application
 * go on (the record then goes to the dead-letter queue with its bytes).
 */
public final class LetterFaultException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LetterFaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
