package com.valorivx.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How results read on the pages ({@code #{fmt.amount(x)}}): amounts with grouping and two
 * decimals, rates as percentages, discount factors to four places, rounded half up; a missing
 * value reads "n/a".
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  /** What a missing value reads. */
  public static final String NOT_AVAILABLE = "n/a";

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  /** An amount: 1792.2103 → "1,792.21". */
  public String amount(Number value) {
    return format("#,##0.00", value);
  }

  /** A rate: 0.1 → "10.00%". */
  public String percent(Number value) {
    return format("0.00%", value);
  }

  /** A discount factor: 0.909090 → "0.9091". */
  public String factor(Number value) {
    return format("0.0000", value);
  }

  /** An exit multiple: 10 → "10.0x". */
  public String multiple(Number value) {
    return value == null ? NOT_AVAILABLE : format("0.0", value) + "x";
  }

  /** A moment in UTC: "2025-10-01 14:03 UTC". */
  public String instant(Instant value) {
    return value == null ? NOT_AVAILABLE : INSTANT.format(value);
  }

  private static String format(String pattern, Number value) {
    if (value == null || !Double.isFinite(value.doubleValue())) {
      return NOT_AVAILABLE;
    }
    // DecimalFormat is not thread-safe: one per call. Rounding the shortest decimal form half up
    // prints 0.08385 as 8.39 %, as a person rounds it, not as its binary neighbour 0.0838499….
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(BigDecimal.valueOf(value.doubleValue()));
  }
}
