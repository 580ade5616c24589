package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Inputs to a net present value of evenly spaced cash flows, one a period.
 *
 * @param rate the discount rate per period, a decimal above −1 (0.10 = 10 %)
 * @param cashFlows the amounts in time order, negative for payments; 1 to 10,000
 * @param initialAtTimeZero false discounts the first flow one full period, as Excel's
 *     {@code NPV()} does; true takes the first flow at t = 0, undiscounted (the investment)
 */
public record NpvAssumptions(double rate, List<Double> cashFlows, boolean initialAtTimeZero) {

  public NpvAssumptions {
    Checks checks = Checks.start();
    CashFlowLimits.rate(checks, rate, "rate");
    CashFlowLimits.amounts(checks, cashFlows, "cashFlows");
    checks.throwIfAny();
    cashFlows = List.copyOf(cashFlows);
  }
}
