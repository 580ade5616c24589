package com.valorivx.web.valuation;

import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfSensitivityRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * The sensitivity grid the DCF page shows around a valued base: discount rates from 2 % below to
 * 2 % above the base in 1 % steps, against terminal growth 1 % either side in 0.5 % steps (Gordon)
 * or exit multiples 2 turns either side (exit multiple). Points outside what a rate or multiple
 * can be are left out rather than sent.
 */
public final class SensitivityGrid {

  static final List<BigDecimal> RATE_OFFSETS = steps("-0.02", "0.01", 5);
  static final List<BigDecimal> GROWTH_OFFSETS = steps("-0.01", "0.005", 5);
  static final List<BigDecimal> MULTIPLE_OFFSETS = steps("-2", "1", 5);

  private SensitivityGrid() {
  }

  /** The grid around {@code base}, valued at {@code baseRate} (the given rate or the WACC it built). */
  public static DcfSensitivityRequest around(DcfRequest base, double baseRate) {
    List<Double> rates = around(baseRate, RATE_OFFSETS, r -> r > 0 && r <= 1);
    if (isExitMultiple(base)) {
      return new DcfSensitivityRequest(base, rates, null, around(base.terminal().multiple(), MULTIPLE_OFFSETS, m -> m > 0));
    }
    return new DcfSensitivityRequest(base, rates, around(base.terminal().growth(), GROWTH_OFFSETS, g -> g > -1 && g < 1), null);
  }

  /** Whether the columns of {@code base}'s grid are exit multiples rather than growth rates. */
  public static boolean isExitMultiple(DcfRequest base) {
    return base.terminal() != null && DcfForm.TerminalMethod.EXIT_MULTIPLE.name().equals(base.terminal().method());
  }

  private static List<Double> around(double centre, List<BigDecimal> offsets, DoublePredicate allowed) {
    List<Double> values = new ArrayList<>();
    for (BigDecimal offset : offsets) {
      // Decimal sums keep 0.10 − 0.02 at 0.08 rather than 0.07999999999999999.
      double value = BigDecimal.valueOf(centre).add(offset).doubleValue();
      if (allowed.test(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static List<BigDecimal> steps(String first, String step, int count) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(new BigDecimal(first).add(new BigDecimal(step).multiply(BigDecimal.valueOf(i))));
    }
    return List.copyOf(values);
  }
}
