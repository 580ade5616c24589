package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.dcf.CashFlowForecast;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption;
import com.valorivx.engine.dcf.WaccAssumptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A DCF as callers write it (API.md "DCF"): one of {@code freeCashFlows} or {@code projection},
 * one of {@code discountRate} or {@code wacc}, a {@code terminal}, and the equity bridge. It is
 * the document stored as a run's inputs, so a run can be reproduced from it. Absent optional
 * numbers default to 0 and {@code midYear} to false.
 */
public record DcfRequest(String name, String ticker, List<Double> freeCashFlows, Projection projection,
    Double discountRate, Wacc wacc, Terminal terminal, Boolean midYear, Double netDebt,
    Double minorityInterest, Double nonOperatingAssets, Double sharesOutstanding) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** {@code revenueGrowth} and {@code ebitMargin} are a number for every year or one per year. */
  public record Projection(Double baseRevenue, Integer years, JsonValue revenueGrowth, JsonValue ebitMargin,
      Double taxRate, Double salesToCapital, Double depreciationRate) {
  }

  /** A given {@code costOfEquity}, or {@code riskFreeRate} + {@code beta} × {@code equityRiskPremium}. */
  public record Wacc(Double costOfEquity, Double riskFreeRate, Double beta, Double equityRiskPremium,
      Double preTaxCostOfDebt, Double taxRate, Double equityWeight) {
  }

  /** {@code method} GORDON with {@code growth}, or EXIT_MULTIPLE with {@code multiple} and {@code terminalEbitda}. */
  public record Terminal(String method, Double growth, Double multiple, Double terminalEbitda) {
  }

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public DcfAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    checks.require(ticker == null || ticker.matches("[A-Za-z0-9.\\-:]{1,20}"), "ticker", "must be 1 to 20 letters, digits, '.', '-' or ':'");
    CashFlowForecast cashFlows = cashFlows(checks);
    DiscountRateAssumption rate = discountRate(checks);
    TerminalValueAssumption terminalValue = terminal(checks);
    checks.finite(sharesOutstanding, "sharesOutstanding");
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new DcfAssumptions(cashFlows, rate, terminalValue, Boolean.TRUE.equals(midYear),
        orZero(netDebt), orZero(minorityInterest), orZero(nonOperatingAssets), sharesOutstanding));
  }

  private CashFlowForecast cashFlows(Checks checks) {
    if ((freeCashFlows == null) == (projection == null)) {
      checks.reject("freeCashFlows", "give exactly one of freeCashFlows or projection");
      return null;
    }
    if (freeCashFlows != null) {
      return checks.attempt(() -> new ExplicitCashFlows(freeCashFlows));
    }
    Projection p = projection;
    if (p.years() == null) {
      checks.reject("projection.years", "is required");
      return null;
    }
    List<Double> growth = perYear(checks, p.revenueGrowth(), p.years(), "projection.revenueGrowth");
    List<Double> margin = perYear(checks, p.ebitMargin(), p.years(), "projection.ebitMargin");
    checks.finite(p.baseRevenue(), "projection.baseRevenue");
    checks.finite(p.taxRate(), "projection.taxRate");
    checks.finite(p.salesToCapital(), "projection.salesToCapital");
    if (checks.hasErrors()) {
      return null;
    }
    return checks.attempt(() -> new RevenueProjection(p.baseRevenue(), p.years(), growth, margin, p.taxRate(),
        p.salesToCapital(), orZero(p.depreciationRate())));
  }

  private DiscountRateAssumption discountRate(Checks checks) {
    if ((discountRate == null) == (wacc == null)) {
      checks.reject("discountRate", "give exactly one of discountRate or wacc");
      return null;
    }
    if (discountRate != null) {
      return checks.attempt(() -> new DiscountRateAssumption.Given(discountRate));
    }
    Wacc w = wacc;
    checks.finite(w.preTaxCostOfDebt(), "wacc.preTaxCostOfDebt");
    checks.finite(w.taxRate(), "wacc.taxRate");
    checks.finite(w.equityWeight(), "wacc.equityWeight");
    if (checks.hasErrors()) {
      return null;
    }
    return checks.attempt(() -> new WaccAssumptions(w.costOfEquity(), w.riskFreeRate(), w.beta(),
        w.equityRiskPremium(), w.preTaxCostOfDebt(), w.taxRate(), w.equityWeight()));
  }

  private TerminalValueAssumption terminal(Checks checks) {
    if (terminal == null || terminal.method() == null) {
      checks.reject("terminal.method", "is required: GORDON or EXIT_MULTIPLE");
      return null;
    }
    switch (terminal.method()) {
      case "GORDON":
        if (!checks.finite(terminal.growth(), "terminal.growth")) {
          return null;
        }
        return checks.attempt(() -> new TerminalValueAssumption.GordonGrowth(terminal.growth()));
      case "EXIT_MULTIPLE":
        if (!checks.finite(terminal.multiple(), "terminal.multiple")) {
          return null;
        }
        return checks.attempt(() -> new TerminalValueAssumption.ExitMultiple(terminal.multiple(), terminal.terminalEbitda()));
      default:
        checks.reject("terminal.method", "must be GORDON or EXIT_MULTIPLE, was " + terminal.method());
        return null;
    }
  }

  /** A number repeated for each year, or an array with one number a year. */
  private static List<Double> perYear(Checks checks, JsonValue value, int years, String field) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      checks.reject(field, "is required");
      return List.of();
    }
    if (value instanceof JsonNumber number) {
      return years < 1 ? List.of() : Collections.nCopies(years, number.doubleValue());
    }
    if (!(value instanceof JsonArray array)) {
      checks.reject(field, "must be a number or an array of numbers");
      return List.of();
    }
    if (array.size() != years) {
      checks.reject(field, "has " + array.size() + " values for " + years + " years; give one a year or a single number");
      return List.of();
    }
    List<Double> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonNumber number) {
        values.add(number.doubleValue());
      } else {
        checks.reject(field + "[" + i + "]", "must be a number");
      }
    }
    return values;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
