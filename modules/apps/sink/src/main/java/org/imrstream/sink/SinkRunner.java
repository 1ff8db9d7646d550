package org.imrstream.sink;

import java.util.Properties;
import org.imrstream.cluster.ClusterOptions;
import org.imrstream.runtime.StreamsRunner;
import org.imrstream.runtime.StreamsSettings;
import org.imrstream.runtime.ThreadFailurePolicy;
import org.imrstream.sink.api.DashboardApi;

/**
 * The sink as it runs: its topology in a {@link StreamsRunner} whose HTTP server (when {@code
 * imr.http.port} is set) serves the query API and the dashboard page next to health and metrics.
 * {@code imr sink} and the demo both run it so.
 */
public final class SinkRunner {

  private SinkRunner() {}

  public static StreamsRunner create(Properties props) {
    // The event stream's consumer needs the client settings and the topic version, which the
    // Streams client's own properties no longer carry.
    var clientConfig = ClusterOptions.asMap(props);
    return new StreamsRunner(
        "imr-sink",
        SinkTopology.build(props),
        StreamsSettings.kafkaOnly(props),
        ThreadFailurePolicy.defaults(),
        (streams, self) -> new DashboardApi(streams, self, clientConfig));
  }
}
