package com.valorivx.web.faces;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsing and printing of the numbers people type into the forms: plain decimals with a dot,
 * lists separated by commas, semicolons or spaces, and percentages typed as "10" for 0.10.
 * Decimal arithmetic keeps "10" → 0.1 and 0.1 → "10" exact.
 */
public final class Numbers {

  private Numbers() {
  }

  /** A finite number; throws {@link NumberFormatException} with a readable message otherwise. */
  public static double parse(String text) {
    String trimmed = text.trim();
    try {
      BigDecimal value = new BigDecimal(trimmed);
      return value.doubleValue();
    } catch (NumberFormatException e) {
      throw new NumberFormatException("'" + trimmed + "' is not a number");
    }
  }

  /** A percentage typed as "10" or "10%" as the decimal 0.1. */
  public static double parsePercent(String text) {
    String trimmed = text.trim();
    if (trimmed.endsWith("%")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
    }
    try {
      return new BigDecimal(trimmed).movePointLeft(2).doubleValue();
    } catch (NumberFormatException e) {
      throw new NumberFormatException("'" + trimmed + "' is not a percentage");
    }
  }

  /** Values separated by commas, semicolons or white space; empty text gives an empty list. */
  public static List<Double> parseList(String text, boolean percent) {
    List<Double> values = new ArrayList<>();
    for (String part : text.trim().split("[,;\\s]+")) {
      if (!part.isEmpty()) {
        values.add(percent ? parsePercent(part) : parse(part));
      }
    }
    return values;
  }

  /** The shortest plain text of {@code value}, e.g. 133.1 → "133.1", 100.0 → "100". */
  public static String print(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A decimal as the percentage a person types, e.g. 0.1 → "10", 0.025 → "2.5". */
  public static String printPercent(double value) {
    return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** A list as "100, 110, 121". */
  public static String printList(List<Double> values, boolean percent) {
    List<String> parts = new ArrayList<>(values.size());
    for (Double value : values) {
      parts.add(value == null ? "" : percent ? printPercent(value) : print(value));
    }
    return String.join(", ", parts);
  }
}
