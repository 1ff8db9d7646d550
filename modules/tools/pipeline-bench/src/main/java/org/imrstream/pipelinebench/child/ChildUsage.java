package org.imrstream.pipelinebench.child;

/**
 * What a child Streams JVM used while it was measured. Figures it could not read are NaN (or -1 for
 * bytes).
 *
 * @param peakHeapBytes the highest heap in use seen (sum over heap pools, sampled every {@link
 *     ChildSampler#PERIOD}), garbage not yet collected included
 * @param peakRssBytes the peak resident set, from the kernel ({@code VmHWM})
 * @param meanCpuCores the process's CPU use, mean of the samples, in cores (1.0 = one core busy)
 * @param meanCommitShare the share of its stream threads' time spent committing (Kafka Streams'
 *     {@code commit-ratio}), mean of the samples
 * @param meanProcessShare the same for processing records ({@code process-ratio})
 * @param meanPollShare the same for polling ({@code poll-ratio})
 * @param gcPauseShare the share of the JVM's time in garbage collection pauses, from its start to
 *     the last sample ({@code jvm_gc_pause_seconds_sum})
 */
public record ChildUsage(
    long peakHeapBytes,
    long peakRssBytes,
    double meanCpuCores,
    double meanCommitShare,
    double meanProcessShare,
    double meanPollShare,
    double gcPauseShare) {}
