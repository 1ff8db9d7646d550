package org.imrstream.command;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Durations as people type them ({@code 500ms}, {@code 2s}, {@code 1m}) or in ISO-8601 ({@code
 * PT0.5S}).
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    Duration duration;
    if (v.startsWith("p")) {
      duration = Duration.parse(value.trim());
    } else if (v.endsWith("ms")) {
      duration = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
    } else if (v.endsWith("s")) {
      duration =
          Duration.ofMillis(
              Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000));
    } else if (v.endsWith("m")) {
      duration = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()) * 60);
    } else {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is no duration (500ms, 2s, 1m, PT1S)");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
    }
    return duration;
  }
}
