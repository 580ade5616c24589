package com.valorivx.analytics;

import com.valorivx.engine.cashflow.NpvAssumptions;
import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * {@code POST /api/v1/analytics/cashflows/npv}: {@code rate} per period, {@code cashFlows} in time
 * order, {@code initialAtTimeZero} (default false: the first flow is discounted one period, as
 * Excel's NPV does; true: the first flow is at t = 0, undiscounted).
 */
public record NpvRequest(Double rate, List<Double> cashFlows, Boolean initialAtTimeZero) {

  public NpvAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.finite(rate, "rate");
    checks.require(cashFlows != null, "cashFlows", "is required");
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new NpvAssumptions(rate, cashFlows, Boolean.TRUE.equals(initialAtTimeZero)));
  }
}
