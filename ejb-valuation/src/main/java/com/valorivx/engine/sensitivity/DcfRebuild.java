package com.valorivx.engine.sensitivity;

import com.valorivx.engine.dcf.CashFlowForecast;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption;
import com.valorivx.engine.dcf.WaccAssumptions;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Copies of DCF assumptions with one part replaced; every copy is checked by its constructors again. */
final class DcfRebuild {

  private DcfRebuild() {
  }

  static DcfAssumptions cashFlows(DcfAssumptions a, CashFlowForecast cashFlows) {
    return new DcfAssumptions(cashFlows, a.discountRate(), a.terminal(), a.midYear(), a.netDebt(),
        a.minorityInterest(), a.nonOperatingAssets(), a.sharesOutstanding());
  }

  static DcfAssumptions rate(DcfAssumptions a, DiscountRateAssumption rate) {
    return a.with(rate, a.terminal());
  }

  static DcfAssumptions terminal(DcfAssumptions a, TerminalValueAssumption terminal) {
    return a.with(a.discountRate(), terminal);
  }

  static DcfAssumptions netDebt(DcfAssumptions a, double netDebt) {
    return new DcfAssumptions(a.cashFlows(), a.discountRate(), a.terminal(), a.midYear(), netDebt,
        a.minorityInterest(), a.nonOperatingAssets(), a.sharesOutstanding());
  }

  /** The projection with one of its scalar drivers replaced. */
  static RevenueProjection projection(RevenueProjection p, Double baseRevenue, Double taxRate, Double salesToCapital) {
    return new RevenueProjection(baseRevenue != null ? baseRevenue : p.baseRevenue(), p.years(), p.revenueGrowth(),
        p.ebitMargin(), taxRate != null ? taxRate : p.taxRate(),
        salesToCapital != null ? salesToCapital : p.salesToCapital(), p.depreciationRate());
  }

  static RevenueProjection growth(RevenueProjection p, DoubleUnaryOperator change) {
    return new RevenueProjection(p.baseRevenue(), p.years(), map(p.revenueGrowth(), change), p.ebitMargin(),
        p.taxRate(), p.salesToCapital(), p.depreciationRate());
  }

  static RevenueProjection margin(RevenueProjection p, DoubleUnaryOperator change) {
    return new RevenueProjection(p.baseRevenue(), p.years(), p.revenueGrowth(), map(p.ebitMargin(), change),
        p.taxRate(), p.salesToCapital(), p.depreciationRate());
  }

  /** A WACC with the fields that are non-null replaced. */
  static WaccAssumptions wacc(WaccAssumptions w, Double costOfEquity, Double riskFreeRate, Double beta,
      Double equityRiskPremium, Double preTaxCostOfDebt, Double taxRate, Double equityWeight) {
    return new WaccAssumptions(or(costOfEquity, w.costOfEquity()), or(riskFreeRate, w.riskFreeRate()), or(beta, w.beta()),
        or(equityRiskPremium, w.equityRiskPremium()), or(preTaxCostOfDebt, w.preTaxCostOfDebt()),
        or(taxRate, w.taxRate()), or(equityWeight, w.equityWeight()));
  }

  static List<Double> map(List<Double> values, DoubleUnaryOperator change) {
    return values.stream().map(v -> change.applyAsDouble(v)).toList();
  }

  private static Double or(Double replacement, Double original) {
    return replacement != null ? replacement : original;
  }
}
