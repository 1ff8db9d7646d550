package org.imrstream.local;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops two errors an in-process 3-node Kafka cluster logs, with stack traces, in normal operation
 * (see logback.xml): a controller answering a request during a leadership change with
 * NotControllerException (the sender retries with the new leader), and the last controller of a
 * closing cluster timing out its graceful Raft shutdown because no other voter is left to take over
 * (Kafka's WARN line for it stays). Everything else passes.
 */
public final class KafkaNoiseFilter extends Filter<ILoggingEvent> {

  @Override
  public FilterReply decide(ILoggingEvent event) {
    boolean noise =
        switch (event.getLoggerName()) {
          case "kafka.server.ControllerApis" ->
              causedBy(event.getThrowableProxy(), "NotControllerException");
          case "org.apache.kafka.raft.KafkaRaftClientDriver" ->
              event.getMessage() != null
                  && event.getMessage().endsWith("Graceful shutdown of RaftClient failed");
          default -> false;
        };
    return noise ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean causedBy(IThrowableProxy thrown, String simpleName) {
    for (IThrowableProxy cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause.getClassName().endsWith("." + simpleName)) {
        return true;
      }
    }
    return false;
  }
}
