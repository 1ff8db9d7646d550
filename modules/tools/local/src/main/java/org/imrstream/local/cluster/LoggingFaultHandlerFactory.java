package org.imrstream.local.cluster;

import kafka.server.FaultHandlerFactory;
import org.apache.kafka.server.fault.FaultHandler;
import org.apache.kafka.server.fault.LoggingFaultHandler;

/**
 * Faults of a node are logged, never answered by halting the JVM as a real broker process does: the
 * JVM also runs the other nodes, the schema registry or a test suite, which must get to shut down
 * cleanly.
 */
final class LoggingFaultHandlerFactory implements FaultHandlerFactory {

  @Override
  public FaultHandler build(String name, boolean fatal, Runnable action) {
    return new LoggingFaultHandler(name, action);
  }
}
