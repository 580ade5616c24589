package com.valorivx.analytics;

import com.valorivx.engine.cashflow.DatedCashFlow;
import com.valorivx.engine.cashflow.IrrAssumptions;
import com.valorivx.engine.cashflow.XirrAssumptions;
import com.valorivx.engine.common.Checks;
import java.util.List;

/** {@code POST /api/v1/analytics/cashflows/xirr}: dated {@code flows} and an optional {@code guess} (default 0.10). */
public record XirrRequest(List<DatedFlow> flows, Double guess) {

  public XirrAssumptions toAssumptions() {
    Checks checks = Checks.start();
    List<DatedCashFlow> mapped = DatedFlow.toCashFlows(checks, flows);
    if (guess != null) {
      checks.finite(guess, "guess");
    }
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new XirrAssumptions(mapped,
        guess == null ? IrrAssumptions.DEFAULT_GUESS : guess));
  }
}
