package com.valorivx.engine.mna;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Accretion grid over purchase premium × stock share. The price of a row is
 * {@code targetMarketValue × (1 + premium)}; the mix of a column is the base's with its stock share
 * replaced (see {@link ConsiderationMix#withStock(double)}). Everything else is the base deal's.
 *
 * @param base the deal whose other inputs every cell keeps
 * @param targetMarketValue the target's unaffected equity market value, &gt; 0
 * @param premiums premiums over it, each above −1 (0.30 = 30 %), 1..{@value #MAX_AXIS} of them
 * @param stockShares stock shares of the price, each in [0, 1], 1..{@value #MAX_AXIS} of them
 */
public record MnaGridAssumptions(MnaAssumptions base, double targetMarketValue, List<Double> premiums,
    List<Double> stockShares) {

  /** Most values on either axis. */
  public static final int MAX_AXIS = 50;

  public MnaGridAssumptions {
    Checks checks = Checks.start()
        .require(base != null, "base", "is required")
        .require(Double.isFinite(targetMarketValue) && targetMarketValue > 0, "base.target.marketValue",
            () -> "must be a positive amount for the grid: premiums are relative to it, was " + targetMarketValue);
    axis(checks, premiums, "premiums", p -> Double.isFinite(p) && p > -1, "must be a finite premium above -100%");
    axis(checks, stockShares, "stockShares", s -> Double.isFinite(s) && s >= 0 && s <= 1,
        "must be a stock share between 0 and 1");
    checks.throwIfAny();
    premiums = List.copyOf(premiums);
    stockShares = List.copyOf(stockShares);
  }

  private static void axis(Checks checks, List<Double> values, String field,
      java.util.function.DoublePredicate valid, String message) {
    if (values == null || values.isEmpty() || values.size() > MAX_AXIS) {
      checks.reject(field, "must hold 1 to " + MAX_AXIS + " values");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      checks.requireAt(v != null && valid.test(v), field, i, message + ", was " + v);
    }
  }
}
