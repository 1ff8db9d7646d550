package org.imrstream.runtime.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndFailExceptionHandler;
import org.imrstream.command.Causes;
import org.imrstream.serde.registry.SchemaRegistryException;

/**
 * A record whose bytes cannot be read goes to the dead-letter queue and the application goes on;
 * but a record that cannot be read because the schema registry did not answer is not at fault:
 * skipping it would lose it, so the task fails and reads it again once the registry is back.
 */
public final class RegistryAwareDeserializationExceptionHandler
    implements DeserializationExceptionHandler {

  private final DeserializationExceptionHandler continuing = new LogAndContinueExceptionHandler();
  private final DeserializationExceptionHandler failing = new LogAndFailExceptionHandler();

  @Override
  public void configure(Map<String, ?> configs) {
    continuing.configure(configs);
    failing.configure(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return isRegistryOutage(exception)
        ? failing.handleError(context, record, exception)
        : continuing.handleError(context, record, exception);
  }

  /**
   * The registry gave no answer, or a server error: it may come back, and the record is not to
   * blame.
   */
  static boolean isRegistryOutage(Throwable error) {
    return Causes.find(error, SchemaRegistryException.class)
        .map(SchemaRegistryException::status)
        .filter(status -> status < 0 || status >= 500 || status == 408 || status == 429)
        .isPresent();
  }
}
