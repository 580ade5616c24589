package com.valorivx.analytics;

import com.valorivx.engine.cashflow.IrrAssumptions;
import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * {@code POST /api/v1/analytics/cashflows/irr}: {@code cashFlows} in time order, the first at
 * t = 0, and an optional {@code guess} (default 0.10, as in Excel).
 */
public record IrrRequest(List<Double> cashFlows, Double guess) {

  public IrrAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(cashFlows != null, "cashFlows", "is required");
    if (guess != null) {
      checks.finite(guess, "guess");
    }
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new IrrAssumptions(cashFlows,
        guess == null ? IrrAssumptions.DEFAULT_GUESS : guess));
  }
}
