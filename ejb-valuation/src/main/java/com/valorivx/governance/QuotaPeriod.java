package com.valorivx.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Quotas count per calendar month in UTC: the period of an instant is its month ({@code 2026-12}),
 * and a quota resets at 00:00 UTC on the first day of the next month.
 */
public final class QuotaPeriod {

  private QuotaPeriod() {
  }

  /** The period key of {@code at}, e.g. {@code 2026-12}. */
  public static String of(Instant at) {
    return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
  }

  /** The period key of a month. */
  public static String of(YearMonth month) {
    return month.toString();
  }

  /** When the period holding {@code at} ends (the first instant of the next month). */
  public static Instant end(Instant at) {
    return YearMonth.from(at.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** Whole seconds from {@code at} until the quota resets, rounded up (at least 1). */
  public static long secondsToReset(Instant at) {
    long millis = end(at).toEpochMilli() - at.toEpochMilli();
    return Math.max(1, (millis + 999) / 1000);
  }

  /** The first day of the month holding {@code day}. */
  public static YearMonth monthOf(LocalDate day) {
    return YearMonth.from(day);
  }
}
