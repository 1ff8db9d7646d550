package org.imrstream.local;

import java.io.IOException;

/** What the control lines of {@code imr local} can do to the running services. */
interface LocalControls {

  /** Stops broker {@code broker} (0-based), keeping its data and ports. */
  void stopBroker(int broker);

  /** Starts a stopped broker again; returns once it serves clients. */
  void startBroker(int broker) throws IOException;

  void stopRegistry();

  /** Starts the registry again on the same port, with the ids it had. */
  void startRegistry() throws Exception;
}
