package org.imrstream.runtime.status;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * What the health endpoints say about a Streams client.
 *
 * <ul>
 *   <li><b>Live</b> unless the client failed: it is in {@code PENDING_ERROR} or {@code ERROR}, or a
 *       stream thread failure made the runner shut it down (it then passes through {@code
 *       PENDING_SHUTDOWN} or {@code NOT_RUNNING} on its way out). A client that is starting,
 *       rebalancing, or closing because it was asked to, is live: restarting it would not help.
 *   <li><b>Ready</b> only while the client is {@code RUNNING}: a rebalancing client is processing
 *       nothing.
 * </ul>
 *
 * @param failed true once the runner gave up on the client (a thread failed once too often)
 */
public record Health(KafkaStreams.State state, boolean failed) {

  public boolean live() {
    return !failed && state != State.PENDING_ERROR && state != State.ERROR;
  }

  public boolean ready() {
    return !failed && state == State.RUNNING;
  }

  /** The body of both health endpoints: {@code {"state":"RUNNING"}}. */
  public String json() {
    return "{\"state\":\"" + state.name() + "\"}";
  }
}
