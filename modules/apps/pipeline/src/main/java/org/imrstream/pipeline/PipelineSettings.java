package org.imrstream.pipeline;

import java.time.Duration;
import java.util.Properties;
import org.imrstream.topics.Topics;

/**
 * The topology's own settings ({@code imr.*}, from the config file or options; never passed to
 * Kafka): its default application id, the rolling windows and how much of a failed letter a dead
 * letter carries.
 */
public final class PipelineSettings {

  public static final String DEFAULT_APPLICATION_ID = "imr-streams";
  public static final String WINDOW_SIZE_DAYS = "imr.window.size.days";
  public static final String WINDOW_ADVANCE_DAYS = "imr.window.advance.days";
  public static final String WINDOW_GRACE_DAYS = "imr.window.grace.days";

  /**
   * How much of a failed letter its dead letter carries; the raw topic keeps every letter whole.
   */
  public static final String DEAD_LETTER_MAX_BYTES = "imr.dead-letter.max.bytes";

  public static final int DEFAULT_DEAD_LETTER_MAX_BYTES = 8 * 1024 * 1024;

  private PipelineSettings() {}

  /** The window settings in {@code props} ({@code imr.window.*.days}), else the defaults. */
  public static WindowSettings windows(Properties props) {
    WindowSettings d = WindowSettings.DEFAULT;
    return new WindowSettings(
        days(props, WINDOW_SIZE_DAYS, d.size()),
        days(props, WINDOW_ADVANCE_DAYS, d.advance()),
        days(props, WINDOW_GRACE_DAYS, d.grace()));
  }

  /** {@code windows} as the settings {@link #windows(Properties)} reads (whole days). */
  public static Properties asProperties(WindowSettings windows) {
    Properties props = new Properties();
    props.put(WINDOW_SIZE_DAYS, Long.toString(windows.size().toDays()));
    props.put(WINDOW_ADVANCE_DAYS, Long.toString(windows.advance().toDays()));
    props.put(WINDOW_GRACE_DAYS, Long.toString(windows.grace().toDays()));
    return props;
  }

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

  private static Duration days(Properties props, String key, Duration fallback) {
    Object value = props.get(key);
    return value == null ? fallback : Duration.ofDays(Long.parseLong(value.toString().trim()));
  }
}
