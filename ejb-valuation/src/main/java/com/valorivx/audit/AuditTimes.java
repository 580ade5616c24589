package com.valorivx.audit;

import com.valorivx.engine.common.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code from}/{@code to} bounds of audit queries: an ISO-8601 instant
 * ({@code 2026-12-06T10:15:30Z}, an offset allowed) or a date ({@code 2026-12-06}, UTC). {@code from}
 * is inclusive; {@code to} is exclusive, and a date as {@code to} includes that whole day.
 */
public final class AuditTimes {

  private AuditTimes() {
  }

  /** The instant {@code text} names, null when blank; a reject on {@code field} when it names none. */
  public static Instant parse(Checks checks, String field, String text, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      checks.reject(field, "must be an ISO-8601 instant (2026-12-06T10:15:30Z) or a date (2026-12-06), was '"
          + value + "'");
      return null;
    }
  }
}
