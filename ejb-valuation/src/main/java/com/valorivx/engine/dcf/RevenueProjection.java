package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A revenue-driven forecast (the sales-to-capital reinvestment model).
 *
 * <p>Revenue_t = Revenue_{t−1}·(1 + g_t); EBIT_t = margin_t·Revenue_t;
 * FCFF_t = EBIT_t·(1 − tax) − (Revenue_t − Revenue_{t−1}) / salesToCapital;
 * EBITDA_t = EBIT_t + depreciationRate·Revenue_t. Rates are decimals; {@code revenueGrowth} and
 * {@code ebitMargin} hold one value per year.
 */
public record RevenueProjection(double baseRevenue, int years, List<Double> revenueGrowth,
    List<Double> ebitMargin, double taxRate, double salesToCapital, double depreciationRate)
    implements CashFlowForecast {

  private static final String FIELD = "projection.";

  public RevenueProjection {
    Checks checks = Checks.start();
    if (checks.finite(baseRevenue, FIELD + "baseRevenue")) {
      checks.require(baseRevenue > 0, FIELD + "baseRevenue", "must be positive");
    }
    checks.require(years >= 1 && years <= MAX_YEARS, FIELD + "years",
        () -> "must be between 1 and " + MAX_YEARS + " (was " + years + ")");
    checkPerYear(checks, revenueGrowth, years, "revenueGrowth", -1.0, Double.MAX_VALUE, "must be above -1 (a decimal rate)");
    checkPerYear(checks, ebitMargin, years, "ebitMargin", -Double.MAX_VALUE, 1.0, "must be at most 1 (a decimal share of revenue)");
    if (checks.finite(taxRate, FIELD + "taxRate")) {
      checks.require(taxRate >= 0 && taxRate < 1, FIELD + "taxRate", "must be in [0, 1)");
    }
    if (checks.finite(salesToCapital, FIELD + "salesToCapital")) {
      checks.require(salesToCapital > 0, FIELD + "salesToCapital", "must be positive");
    }
    if (checks.finite(depreciationRate, FIELD + "depreciationRate")) {
      checks.require(depreciationRate >= 0 && depreciationRate < 1, FIELD + "depreciationRate", "must be in [0, 1)");
    }
    checks.throwIfAny();
    revenueGrowth = List.copyOf(revenueGrowth);
    ebitMargin = List.copyOf(ebitMargin);
  }

  private static void checkPerYear(Checks checks, List<Double> values, int years, String name,
      double lowExclusive, double highInclusive, String rangeText) {
    String field = FIELD + name;
    if (values == null || values.isEmpty()) {
      checks.reject(field, "is required");
      return;
    }
    if (values.size() != years) {
      checks.reject(field, "has " + values.size() + " values for " + years + " years");
      return;
    }
    if (values.size() == 1) {
      // One year: the caller wrote one number, so the error names the field without an index.
      if (checks.finite(values.get(0), field)) {
        checks.require(values.get(0) > lowExclusive && values.get(0) <= highInclusive, field, rangeText);
      }
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (checks.finiteAt(values.get(i), field, i)) {
        checks.requireAt(values.get(i) > lowExclusive && values.get(i) <= highInclusive, field, i, rangeText);
      }
    }
  }

  @Override
  public List<ProjectedYear> project() {
    List<ProjectedYear> out = new ArrayList<>(years);
    double previous = baseRevenue;
    for (int t = 1; t <= years; t++) {
      double revenue = previous * (1 + revenueGrowth.get(t - 1));
      double ebit = ebitMargin.get(t - 1) * revenue;
      double reinvestment = (revenue - previous) / salesToCapital;
      double fcff = ebit * (1 - taxRate) - reinvestment;
      out.add(new ProjectedYear(t, revenue, ebit, ebit + depreciationRate * revenue, fcff));
      previous = revenue;
    }
    return out;
  }
}
