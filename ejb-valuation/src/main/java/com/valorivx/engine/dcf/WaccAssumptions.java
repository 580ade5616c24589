package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;

/**
 * Weighted average cost of capital: WACC = E·k_e + (1 − E)·k_d·(1 − t), where the cost of equity
 * k_e is given or comes from CAPM, k_e = r_f + β·ERP. All rates are decimals; E is the equity
 * share of capital, the debt share is 1 − E.
 *
 * @param costOfEquity given cost of equity, or null to use CAPM from the next three fields
 */
public record WaccAssumptions(Double costOfEquity, Double riskFreeRate, Double beta, Double equityRiskPremium,
    double preTaxCostOfDebt, double taxRate, double equityWeight) implements DiscountRateAssumption {

  private static final String FIELD = "wacc.";

  public WaccAssumptions {
    Checks checks = Checks.start();
    if (costOfEquity != null) {
      if (checks.finite(costOfEquity, FIELD + "costOfEquity")) {
        checks.require(costOfEquity > 0 && costOfEquity <= 1, FIELD + "costOfEquity", "must be a decimal rate in (0, 1]");
      }
    } else {
      checks.finite(riskFreeRate, FIELD + "riskFreeRate");
      checks.finite(beta, FIELD + "beta");
      checks.finite(equityRiskPremium, FIELD + "equityRiskPremium");
    }
    if (checks.finite(preTaxCostOfDebt, FIELD + "preTaxCostOfDebt")) {
      checks.require(preTaxCostOfDebt >= 0 && preTaxCostOfDebt <= 1, FIELD + "preTaxCostOfDebt", "must be a decimal rate in [0, 1]");
    }
    if (checks.finite(taxRate, FIELD + "taxRate")) {
      checks.require(taxRate >= 0 && taxRate < 1, FIELD + "taxRate", "must be in [0, 1)");
    }
    if (checks.finite(equityWeight, FIELD + "equityWeight")) {
      checks.require(equityWeight > 0 && equityWeight <= 1, FIELD + "equityWeight", "must be in (0, 1]");
    }
    if (!checks.hasErrors() && costOfEquity == null) {
      double capm = riskFreeRate + beta * equityRiskPremium;
      checks.require(capm > 0 && capm <= 1, FIELD + "beta",
          () -> "gives a CAPM cost of equity of " + capm + ", outside (0, 1]");
    }
    checks.throwIfAny();
  }

  /** k_e: the given cost of equity, else r_f + β·ERP. */
  public double effectiveCostOfEquity() {
    return costOfEquity != null ? costOfEquity : riskFreeRate + beta * equityRiskPremium;
  }

  public double afterTaxCostOfDebt() {
    return preTaxCostOfDebt * (1 - taxRate);
  }

  @Override
  public double rate() {
    return equityWeight * effectiveCostOfEquity() + (1 - equityWeight) * afterTaxCostOfDebt();
  }
}
