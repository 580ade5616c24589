package com.valorivx.engine.mna;

import com.valorivx.engine.common.Checks;

/**
 * How the purchase price is paid: shares of it in new acquirer stock, acquirer cash and new debt.
 * Each share lies in [0, 1] and together they sum to 1 within {@value #SUM_TOLERANCE}.
 */
public record ConsiderationMix(double stock, double cash, double debt) {

  /** How far the three shares may sum away from 1 (rounding in a caller's percentages). */
  public static final double SUM_TOLERANCE = 1e-6;

  public ConsiderationMix {
    Checks checks = Checks.start()
        .require(share(stock), "consideration.stock", () -> "must be a share between 0% and 100%, was " + percent(stock))
        .require(share(cash), "consideration.cash", () -> "must be a share between 0% and 100%, was " + percent(cash))
        .require(share(debt), "consideration.debt", () -> "must be a share between 0% and 100%, was " + percent(debt));
    if (!checks.hasErrors()) {
      double sum = stock + cash + debt;
      checks.require(Math.abs(sum - 1) <= SUM_TOLERANCE, "consideration",
          () -> "stock, cash and debt must sum to 1 (100% of the price), were " + percent(sum));
    }
    checks.throwIfAny();
  }

  /** All stock. */
  public static ConsiderationMix allStock() {
    return new ConsiderationMix(1, 0, 0);
  }

  /**
   * This mix with the stock share replaced by {@code newStock}; the rest of the price is split
   * between cash and debt in this mix's cash : debt proportion, or paid in cash when this mix has
   * neither.
   */
  public ConsiderationMix withStock(double newStock) {
    double rest = 1 - newStock;
    double nonStock = cash + debt;
    double cashPart = nonStock > 0 ? cash / nonStock : 1;
    return new ConsiderationMix(newStock, rest * cashPart, rest * (1 - cashPart));
  }

  private static boolean share(double value) {
    return Double.isFinite(value) && value >= 0 && value <= 1;
  }

  /** A rate as the screens show it, in percent; a value that is not a number as it is. */
  private static String percent(double rate) {
    return Double.isFinite(rate) ? Checks.percent(rate) : String.valueOf(rate);
  }
}
