package com.valorivx.engine.dcf;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.CashFlowForecast.ProjectedYear;
import com.valorivx.engine.dcf.DcfValuation.DcfYear;
import com.valorivx.engine.dcf.DcfValuation.WaccBreakdown;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.ArrayList;
import java.util.List;

/**
 * Unlevered discounted cash flow.
 *
 * <p>EV = Σ_{t=1..N} FCF_t·DF_t + TV_N/(1 + r)^N, with DF_t = (1 + r)^−t for year-end flows and
 * (1 + r)^−(t − ½) under the mid-year convention. The terminal value is valued at the end of
 * year N in both conventions: Gordon TV_N = FCF_N·(1 + g)/(r − g), or exit multiple
 * TV_N = multiple·EBITDA_N. Equity = EV − net debt − minority interest + non-operating assets;
 * value per share = equity / shares. Rates are annual decimals; amounts in the model currency.
 * Stateless and thread-safe.
 */
public final class DcfEngine {

  /** Stored beside every run so it can be reproduced with the same maths. */
  public static final String VERSION = "dcf-1.0";

  public static final DcfEngine DEFAULT = new DcfEngine();

  public DcfValuation value(DcfAssumptions a) {
    double r = a.discountRate().rate();
    List<ProjectedYear> projected = a.cashFlows().project();
    List<DcfYear> years = new ArrayList<>(projected.size());
    double sumOfPv = 0;
    for (ProjectedYear p : projected) {
      double exponent = a.midYear() ? p.year() - 0.5 : p.year();
      double factor = Math.pow(1 + r, -exponent);
      double pv = p.freeCashFlow() * factor;
      sumOfPv += pv;
      years.add(new DcfYear(p.year(), p.revenue(), p.ebit(), p.ebitda(), p.freeCashFlow(), factor, pv));
    }
    ProjectedYear last = projected.get(projected.size() - 1);
    double terminalValue = terminalValue(a.terminal(), last, r);
    double pvTerminal = terminalValue * Math.pow(1 + r, -last.year());
    double enterpriseValue = sumOfPv + pvTerminal;
    if (!Double.isFinite(enterpriseValue)) {
      // Each input was finite, but together they overflow a double: no meaningful value exists.
      throw new InvalidAssumptionsException(a.cashFlows() instanceof RevenueProjection ? "projection" : "freeCashFlows",
          "the amounts are too large to value: the enterprise value overflows");
    }
    double equityValue = enterpriseValue - a.netDebt() - a.minorityInterest() + a.nonOperatingAssets();
    return new DcfValuation(enterpriseValue, equityValue, equityValue / a.sharesOutstanding(), terminalValue,
        pvTerminal, sumOfPv, r, pvTerminal / enterpriseValue, a.netDebt(), a.minorityInterest(),
        a.nonOperatingAssets(), a.sharesOutstanding(), waccBreakdown(a.discountRate()), years);
  }

  private static double terminalValue(TerminalValueAssumption terminal, ProjectedYear last, double r) {
    if (terminal instanceof GordonGrowth gordon) {
      return last.freeCashFlow() * (1 + gordon.growth()) / (r - gordon.growth());
    }
    ExitMultiple exit = (ExitMultiple) terminal;
    double ebitda = exit.terminalEbitda() != null ? exit.terminalEbitda() : last.ebitda();
    return exit.multiple() * ebitda;
  }

  private static WaccBreakdown waccBreakdown(DiscountRateAssumption rate) {
    if (rate instanceof WaccAssumptions w) {
      return new WaccBreakdown(w.effectiveCostOfEquity(), w.afterTaxCostOfDebt(), w.equityWeight(),
          1 - w.equityWeight(), w.rate());
    }
    return null;
  }
}
