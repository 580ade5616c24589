package com.valorivx.engine.lbo;

import com.valorivx.engine.common.Checks;

/**
 * A revenue-driven projection; all rates are decimals of the same year's revenue unless stated:
 *
 * <pre>
 * Revenue_t = Revenue_0 · (1 + revenueGrowth)^t
 * EBITDA_t  = ebitdaMargin · Revenue_t
 * D&amp;A_t     = depreciationRate · Revenue_t,    EBIT_t = EBITDA_t − D&amp;A_t
 * Capex_t   = capexRate · Revenue_t
 * ΔNWC_t    = nwcRate · (Revenue_t − Revenue_{t−1})          (NWC held at nwcRate of revenue)
 * Tax_t     = taxRate · max(0, EBIT_t − Interest_t)           (interest is deductible; no loss carry-forward)
 * CF_t      = EBITDA_t − Capex_t − ΔNWC_t − Tax_t             (cash before interest)
 * </pre>
 *
 * Because tax depends on interest, the cash left for the sweep does too; with interest on the
 * average balance this is part of the circularity the engine iterates away.
 *
 * @param revenue Revenue_0, revenue of the year before entry, &gt; 0
 * @param revenueGrowth annual growth, in (−1, 1]
 * @param ebitdaMargin in [−1, 1]
 * @param depreciationRate D&amp;A as a share of revenue, in [0, 1]
 * @param capexRate capital expenditure as a share of revenue, in [0, 1]
 * @param nwcRate net working capital as a share of revenue, in [−1, 1]
 * @param taxRate tax on EBIT minus interest, in [0, 1)
 */
public record FullOperatingModel(double revenue, double revenueGrowth, double ebitdaMargin, double depreciationRate,
    double capexRate, double nwcRate, double taxRate) implements OperatingModel {

  public FullOperatingModel {
    Checks.start()
        .require(Double.isFinite(revenue) && revenue > 0 && revenue <= LboAssumptions.MAX_AMOUNT, "operating.revenue",
            () -> "must be a positive amount up to 1e15, was " + revenue)
        .require(Double.isFinite(revenueGrowth) && revenueGrowth > -1 && revenueGrowth <= 1, "operating.revenueGrowth",
            () -> "must be above -100% and at most 100% a year, was " + Checks.percent(revenueGrowth))
        .require(Double.isFinite(ebitdaMargin) && ebitdaMargin >= -1 && ebitdaMargin <= 1, "operating.ebitdaMargin",
            () -> "must be between -100% and 100%, was " + Checks.percent(ebitdaMargin))
        .require(Double.isFinite(depreciationRate) && depreciationRate >= 0 && depreciationRate <= 1,
            "operating.depreciationRate",
            () -> "must be between 0% and 100% of revenue, was " + Checks.percent(depreciationRate))
        .require(Double.isFinite(capexRate) && capexRate >= 0 && capexRate <= 1, "operating.capexRate",
            () -> "must be between 0% and 100% of revenue, was " + Checks.percent(capexRate))
        .require(Double.isFinite(nwcRate) && nwcRate >= -1 && nwcRate <= 1, "operating.nwcRate",
            () -> "must be between -100% and 100% of revenue, was " + Checks.percent(nwcRate))
        .require(Double.isFinite(taxRate) && taxRate >= 0 && taxRate < 1, "operating.taxRate",
            () -> "must be at least 0% and below 100%, was " + Checks.percent(taxRate))
        .throwIfAny();
  }

  /** EBITDA of the year before entry at this margin: what the entry multiple applies to by default. */
  public double entryEbitda() {
    return ebitdaMargin * revenue;
  }
}
