package org.imrstream.pipeline;

import java.util.Properties;
import org.imrstream.topics.Topics;

/**
 * The topology's own settings ({@code imr.*}, from the config file or options; never passed to
 * Kafka): its default application id and how much of a failed letter a dead letter carries.
 */
public final class PipelineSettings {

  public static final String DEFAULT_APPLICATION_ID = "imr-streams";

  /**
   * How much of a failed letter its dead letter carries; the raw topic keeps every letter whole.
   */
  public static final String DEAD_LETTER_MAX_BYTES = "imr.dead-letter.max.bytes";

  public static final int DEFAULT_DEAD_LETTER_MAX_BYTES = 8 * 1024 * 1024;

  private PipelineSettings() {}

  /** How much of a failed letter its dead letter carries ({@value #DEAD_LETTER_MAX_BYTES}). */
  public static int deadLetterMaxBytes(Properties props) {
    Object value = props.get(DEAD_LETTER_MAX_BYTES);
    int max =
        value == null ? DEFAULT_DEAD_LETTER_MAX_BYTES : Integer.parseInt(value.toString().trim());
    if (max < 0 || max > Topics.MAX_LETTER_BYTES) {
      throw new IllegalArgumentException(
          DEAD_LETTER_MAX_BYTES
              + " must be between 0 and "
              + Topics.MAX_LETTER_BYTES
              + ", not "
              + max);
    }
    return max;
  }
}
