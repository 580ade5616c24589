package com.valorivx.engine.dcf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A two-way grid of DCF values: rows follow {@code discountRates}, columns the second axis
 * (terminal growth rates, or exit multiples). A cell whose growth is not below its discount
 * rate has no Gordon value and is null; the rest of the grid still stands.
 */
public record DcfSensitivity(List<Double> discountRates, ColumnAxis columnAxis, List<Double> columns,
    List<List<Double>> enterpriseValues, List<List<Double>> valuesPerShare) {

  /** What the columns vary. */
  public enum ColumnAxis { TERMINAL_GROWTH, EXIT_MULTIPLE }

  public DcfSensitivity {
    discountRates = List.copyOf(discountRates);
    columns = List.copyOf(columns);
    enterpriseValues = enterpriseValues.stream().map(DcfSensitivity::copyWithNulls).toList();
    valuesPerShare = valuesPerShare.stream().map(DcfSensitivity::copyWithNulls).toList();
  }

  private static List<Double> copyWithNulls(List<Double> row) {
    return Collections.unmodifiableList(new ArrayList<>(row));
  }
}
