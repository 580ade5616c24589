package com.valorivx.engine.dcf;

import java.util.List;

/**
 * A DCF result with what a reviewer needs to audit it: each year's cash flow, discount factor
 * and present value, the terminal value and its present value, and the equity bridge.
 *
 * @param wacc the WACC build-up when the rate was built from one, else null
 * @param terminalValueShare PV of terminal value / enterprise value
 */
public record DcfValuation(double enterpriseValue, double equityValue, double valuePerShare,
    double terminalValue, double presentValueOfTerminalValue, double sumOfPresentValues,
    double discountRate, double terminalValueShare, double netDebt, double minorityInterest,
    double nonOperatingAssets, double sharesOutstanding, WaccBreakdown wacc, List<DcfYear> years) {

  public DcfValuation {
    years = List.copyOf(years);
  }

  /** One forecast year; revenue, EBIT and EBITDA are null when cash flows were given outright. */
  public record DcfYear(int year, Double revenue, Double ebit, Double ebitda, double freeCashFlow,
      double discountFactor, double presentValue) {
  }

  /** k_e, after-tax k_d, the weights and the WACC they give. */
  public record WaccBreakdown(double costOfEquity, double afterTaxCostOfDebt, double equityWeight,
      double debtWeight, double wacc) {
  }
}
