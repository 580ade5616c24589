package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.credit.MertonAssumptions;

/**
 * {@code POST /api/v1/analytics/credit/merton}: equity value and volatility, face value of debt due
 * in {@code maturityYears}, risk-free rate (continuously compounded) and loss given default (0–1);
 * {@code name} labels the stored run.
 */
public record MertonRequest(String name, Double equityValue, Double equityVolatility, Double debtFaceValue,
    Double maturityYears, Double riskFreeRate, Double lossGivenDefault) {

  public MertonAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.finite(equityValue, "equityValue");
    checks.finite(equityVolatility, "equityVolatility");
    checks.finite(debtFaceValue, "debtFaceValue");
    checks.finite(maturityYears, "maturityYears");
    checks.finite(riskFreeRate, "riskFreeRate");
    checks.finite(lossGivenDefault, "lossGivenDefault");
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new MertonAssumptions(equityValue, equityVolatility, debtFaceValue,
        maturityYears, riskFreeRate, lossGivenDefault));
  }
}
