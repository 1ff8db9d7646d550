package org.imrstream.pipeline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * An instant in ISO-8601 as people type it: {@code 2024-03-01T12:00:00Z}, with an offset ({@code
 * 2024-03-01T12:00:00+01:00}), without one (read as UTC: {@code 2024-03-01T12:00:00}), or a date
 * alone (midnight UTC: {@code 2024-03-01}).
 */
public final class DateTimeConverter implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String value) {
    String v = value.trim();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.endsWith("Z") || v.endsWith("z") || hasOffset(v)) {
        return OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant();
      }
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is no ISO-8601 date-time (2024-03-01T12:00:00Z, 2024-03-01T12:00:00+01:00,"
              + " 2024-03-01T12:00:00 as UTC, or 2024-03-01)");
    }
  }

  /** True when the part after the time has a {@code +hh:mm} or {@code -hh:mm} offset. */
  private static boolean hasOffset(String v) {
    int t = v.indexOf('T');
    return t > 0 && (v.indexOf('+', t) > 0 || v.indexOf('-', t) > 0);
  }
}
