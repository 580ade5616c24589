package com.valorivx.analytics;

import com.valorivx.engine.cashflow.DatedCashFlow;
import com.valorivx.engine.cashflow.XnpvAssumptions;
import com.valorivx.engine.common.Checks;
import java.util.List;

/** {@code POST /api/v1/analytics/cashflows/xnpv}: annual {@code rate} and dated {@code flows} (actual/365). */
public record XnpvRequest(Double rate, List<DatedFlow> flows) {

  public XnpvAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.finite(rate, "rate");
    List<DatedCashFlow> mapped = DatedFlow.toCashFlows(checks, flows);
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new XnpvAssumptions(rate, mapped));
  }
}
