package org.imrstream.pipelinebench.letters;

/**
 * The letters of one throughput phase.
 *
 * @param kind "text" or "PDF"
 * @param letters how many letters the raw topic holds
 * @param bytes their total size as published
 * @param decisions how many decisions the all-time counts must add up to once every letter is
 *     processed
 * @param description where the letters came from, for the report
 */
public record Workload(String kind, int letters, long bytes, long decisions, String description) {

  public double megabytes() {
    return bytes / 1e6;
  }
}
