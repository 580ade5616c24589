package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Inputs to an internal rate of return of evenly spaced cash flows, the first at t = 0 (Excel's
 * {@code IRR()} convention).
 *
 * @param cashFlows the amounts in time order, negative for payments; 1 to 10,000
 * @param guess where the search starts, a decimal above −1; with several rates of return the one
 *     nearest the guess is returned. Excel's default is 0.10 ({@link #DEFAULT_GUESS}).
 */
public record IrrAssumptions(List<Double> cashFlows, double guess) {

  /** Excel's default guess, 10 %. */
  public static final double DEFAULT_GUESS = 0.10;

  public IrrAssumptions {
    Checks checks = Checks.start();
    CashFlowLimits.amounts(checks, cashFlows, "cashFlows");
    CashFlowLimits.rate(checks, guess, "guess");
    checks.throwIfAny();
    cashFlows = List.copyOf(cashFlows);
  }
}
