package org.imrstream.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.imrstream.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;

/**
 * Which errors let the application go on (the record is at fault) and which stop the task (the
 * pipeline is).
 */
class ExceptionHandlersTest {

  @Test
  void onlyAnErrorOfTheLetterItselfIsProcessedPast() {
    assertThat(
            LetterFaultProcessingExceptionHandler.isLetterFault(
                new StreamsException(new LetterFaultException("bad letter", null))))
        .isTrue();
    assertThat(
            LetterFaultProcessingExceptionHandler.isLetterFault(
                new StreamsException(
                    new SerializationException(
                        "registry", new SchemaRegistryException("down", new ConnectException())))))
        .isFalse();
    assertThat(
            LetterFaultProcessingExceptionHandler.isLetterFault(new IllegalStateException("bug")))
        .isFalse();
  }

  @Test
  void aRegistryThatDoesNotAnswerFailsTheTaskButARecordItCannotReadIsSkipped() {
    assertThat(
            RegistryAwareDeserializationExceptionHandler.isRegistryOutage(
                new SerializationException(
                    "x",
                    new SchemaRegistryException("no answer", new ConnectException("refused")))))
        .isTrue();
    assertThat(
            RegistryAwareDeserializationExceptionHandler.isRegistryOutage(
                new SerializationException(
                    "x", new SchemaRegistryException("server error", 503, 50301))))
        .isTrue();
    assertThat(
            RegistryAwareDeserializationExceptionHandler.isRegistryOutage(
                new SerializationException(
                    "x", new SchemaRegistryException("schema 9 not found", 404, 40403))))
        .isFalse();
    assertThat(
            RegistryAwareDeserializationExceptionHandler.isRegistryOutage(
                new SerializationException("not Avro: unknown magic byte")))
        .isFalse();
  }
}
