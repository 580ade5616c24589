package com.valorivx.workbook;

import com.valorivx.engine.dcf.CashFlowForecast;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A DCF variant for the workbook tests, editable by the workbook's input names so a test can
 * change the same input in the workbook and in the engine's assumptions.
 */
final class DcfSpec {

  final String label;
  List<Double> freeCashFlows;
  double baseRevenue;
  List<Double> revenueGrowth;
  List<Double> ebitMargin;
  double projectionTaxRate;
  double salesToCapital;
  double depreciationRate;
  Double discountRate;
  Double costOfEquity;
  Double riskFreeRate;
  Double beta;
  Double equityRiskPremium;
  double preTaxCostOfDebt;
  double waccTaxRate;
  double equityWeight;
  Double terminalGrowth;
  Double exitMultiple;
  Double terminalEbitda;
  boolean midYear;
  double netDebt;
  double minorityInterest;
  double nonOperatingAssets;
  double sharesOutstanding = 1;

  private DcfSpec(String label) {
    this.label = label;
  }

  static DcfSpec explicit(String label, Double... flows) {
    DcfSpec s = new DcfSpec(label);
    s.freeCashFlows = new ArrayList<>(List.of(flows));
    return s;
  }

  static DcfSpec projection(String label, double baseRevenue, List<Double> growth, List<Double> margin, double tax,
      double salesToCapital, double depreciationRate) {
    DcfSpec s = new DcfSpec(label);
    s.baseRevenue = baseRevenue;
    s.revenueGrowth = new ArrayList<>(growth);
    s.ebitMargin = new ArrayList<>(margin);
    s.projectionTaxRate = tax;
    s.salesToCapital = salesToCapital;
    s.depreciationRate = depreciationRate;
    return s;
  }

  static List<Double> each(int years, double value) {
    return Collections.nCopies(years, value);
  }

  DcfSpec rate(double rate) {
    discountRate = rate;
    return this;
  }

  DcfSpec capm(double rf, double b, double erp, double kd, double tax, double equityWeight) {
    riskFreeRate = rf;
    beta = b;
    equityRiskPremium = erp;
    return wacc(kd, tax, equityWeight);
  }

  DcfSpec givenCostOfEquity(double ke, double kd, double tax, double equityWeight) {
    costOfEquity = ke;
    return wacc(kd, tax, equityWeight);
  }

  private DcfSpec wacc(double kd, double tax, double weight) {
    preTaxCostOfDebt = kd;
    waccTaxRate = tax;
    equityWeight = weight;
    return this;
  }

  DcfSpec gordon(double g) {
    terminalGrowth = g;
    return this;
  }

  DcfSpec exit(double multiple, Double ebitda) {
    exitMultiple = multiple;
    terminalEbitda = ebitda;
    return this;
  }

  DcfSpec midYear() {
    midYear = true;
    return this;
  }

  DcfSpec bridge(double debt, double minority, double nonOperating, double shares) {
    netDebt = debt;
    minorityInterest = minority;
    nonOperatingAssets = nonOperating;
    sharesOutstanding = shares;
    return this;
  }

  DcfAssumptions toAssumptions() {
    CashFlowForecast cashFlows = freeCashFlows != null ? new ExplicitCashFlows(freeCashFlows)
        : new RevenueProjection(baseRevenue, revenueGrowth.size(), revenueGrowth, ebitMargin, projectionTaxRate,
            salesToCapital, depreciationRate);
    DiscountRateAssumption rate = discountRate != null ? new DiscountRateAssumption.Given(discountRate)
        : new WaccAssumptions(costOfEquity, riskFreeRate, beta, equityRiskPremium, preTaxCostOfDebt, waccTaxRate,
            equityWeight);
    TerminalValueAssumption terminal = terminalGrowth != null ? new GordonGrowth(terminalGrowth)
        : new ExitMultiple(exitMultiple, terminalEbitda);
    return new DcfAssumptions(cashFlows, rate, terminal, midYear, netDebt, minorityInterest, nonOperatingAssets,
        sharesOutstanding);
  }

  DcfSpec copy() {
    DcfSpec c = new DcfSpec(label);
    c.freeCashFlows = freeCashFlows == null ? null : new ArrayList<>(freeCashFlows);
    c.baseRevenue = baseRevenue;
    c.revenueGrowth = revenueGrowth == null ? null : new ArrayList<>(revenueGrowth);
    c.ebitMargin = ebitMargin == null ? null : new ArrayList<>(ebitMargin);
    c.projectionTaxRate = projectionTaxRate;
    c.salesToCapital = salesToCapital;
    c.depreciationRate = depreciationRate;
    c.discountRate = discountRate;
    c.costOfEquity = costOfEquity;
    c.riskFreeRate = riskFreeRate;
    c.beta = beta;
    c.equityRiskPremium = equityRiskPremium;
    c.preTaxCostOfDebt = preTaxCostOfDebt;
    c.waccTaxRate = waccTaxRate;
    c.equityWeight = equityWeight;
    c.terminalGrowth = terminalGrowth;
    c.exitMultiple = exitMultiple;
    c.terminalEbitda = terminalEbitda;
    c.midYear = midYear;
    c.netDebt = netDebt;
    c.minorityInterest = minorityInterest;
    c.nonOperatingAssets = nonOperatingAssets;
    c.sharesOutstanding = sharesOutstanding;
    return c;
  }

  /** A copy with the input the workbook names {@code name} (element {@code index} of a row) set to {@code value}. */
  DcfSpec with(String name, int index, double value) {
    DcfSpec c = copy();
    switch (name) {
      case "FreeCashFlows" -> c.freeCashFlows.set(index, value);
      case "BaseRevenue" -> c.baseRevenue = value;
      case "RevenueGrowth" -> c.revenueGrowth.set(index, value);
      case "EbitMargin" -> c.ebitMargin.set(index, value);
      case "ProjectionTaxRate" -> c.projectionTaxRate = value;
      case "SalesToCapital" -> c.salesToCapital = value;
      case "DepreciationRate" -> c.depreciationRate = value;
      case "GivenDiscountRate" -> c.discountRate = value;
      case "GivenCostOfEquity" -> c.costOfEquity = value;
      case "RiskFreeRate" -> c.riskFreeRate = value;
      case "Beta" -> c.beta = value;
      case "EquityRiskPremium" -> c.equityRiskPremium = value;
      case "PreTaxCostOfDebt" -> c.preTaxCostOfDebt = value;
      case "WaccTaxRate" -> c.waccTaxRate = value;
      case "EquityWeight" -> c.equityWeight = value;
      case "TerminalGrowth" -> c.terminalGrowth = value;
      case "ExitMultiple" -> c.exitMultiple = value;
      case "GivenTerminalEbitda" -> c.terminalEbitda = value;
      case "NetDebt" -> c.netDebt = value;
      case "MinorityInterest" -> c.minorityInterest = value;
      case "NonOperatingAssets" -> c.nonOperatingAssets = value;
      case "SharesOutstanding" -> c.sharesOutstanding = value;
      default -> throw new IllegalArgumentException("no input named " + name);
    }
    return c;
  }

  DcfSpec toggleMidYear() {
    DcfSpec c = copy();
    c.midYear = !midYear;
    return c;
  }

  @Override
  public String toString() {
    return label;
  }
}
