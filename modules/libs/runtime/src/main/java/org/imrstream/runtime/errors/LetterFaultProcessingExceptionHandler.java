package org.imrstream.runtime.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.LogAndFailProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.imrstream.command.Causes;

/**
 * Goes on after a processing error only when the record itself is at fault ({@link
 * LetterFaultException}), sending it to the dead-letter queue; any other error (a registry that
 * cannot be reached, a serializer that fails, a bug) fails the task, so that nothing downstream of
 * the record (counts, the version store) moves without its output and the task reprocesses from its
 * last commit.
 */
public final class LetterFaultProcessingExceptionHandler implements ProcessingExceptionHandler {

  private final ProcessingExceptionHandler continuing =
      new LogAndContinueProcessingExceptionHandler();
  private final ProcessingExceptionHandler failing = new LogAndFailProcessingExceptionHandler();

  @Override
  public void configure(Map<String, ?> configs) {
    continuing.configure(configs);
    failing.configure(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    return isLetterFault(exception)
        ? continuing.handleError(context, record, exception)
        : failing.handleError(context, record, exception);
  }

  static boolean isLetterFault(Throwable error) {
    return Causes.find(error, LetterFaultException.class).isPresent();
  }
}
