package org.imrstream.pipelinebench.phase;

import java.util.List;
import org.imrstream.pipelinebench.child.ChildUsage;

/**
 * The steady phase: one pipeline, fed at each rate in turn.
 *
 * @param warmupSeconds how long the first rate ran, unmeasured, before the measured rates
 * @param usage the pipeline JVM's usage over the whole phase
 */
public record SteadyResult(
    String rawTopic, int version, double warmupSeconds, List<RateResult> rates, ChildUsage usage) {}
