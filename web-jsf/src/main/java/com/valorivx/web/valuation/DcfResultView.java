package com.valorivx.web.valuation;

import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.DcfValuation.DcfYear;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A DCF result as the page shows it: the headline values, the equity bridge, the WACC build-up
 * when there was one, each year, the chart's JSON and the sensitivity heat table (null when the
 * grid could not be drawn).
 */
public record DcfResultView(UUID runId, double enterpriseValue, double equityValue, double valuePerShare,
    double terminalValue, double presentValueOfTerminalValue, double terminalValueShare, double sumOfPresentValues,
    double discountRate, double netDebt, double minorityInterest, double nonOperatingAssets, double sharesOutstanding,
    Wacc wacc, boolean projected, List<YearRow> years, String chartJson, HeatTable sensitivity) implements Serializable {

  private static final long serialVersionUID = 1L;

  public DcfResultView {
    years = List.copyOf(years);
  }

  /** One forecast year; revenue, EBIT and EBITDA are null when the cash flows were given outright. */
  public record YearRow(int year, Double revenue, Double ebit, Double ebitda, double freeCashFlow, double discountFactor,
      double presentValue) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The WACC build-up. */
  public record Wacc(double costOfEquity, double afterTaxCostOfDebt, double equityWeight, double debtWeight,
      double wacc) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The view of run {@code runId}'s valuation {@code v}, with its sensitivity grid if there is one. */
  public static DcfResultView of(UUID runId, DcfValuation v, HeatTable sensitivity) {
    List<YearRow> years = v.years().stream().map(DcfResultView::row).toList();
    Wacc wacc = v.wacc() == null ? null : new Wacc(v.wacc().costOfEquity(), v.wacc().afterTaxCostOfDebt(),
        v.wacc().equityWeight(), v.wacc().debtWeight(), v.wacc().wacc());
    boolean projected = years.stream().anyMatch(y -> y.revenue() != null);
    return new DcfResultView(runId, v.enterpriseValue(), v.equityValue(), v.valuePerShare(), v.terminalValue(),
        v.presentValueOfTerminalValue(), v.terminalValueShare(), v.sumOfPresentValues(), v.discountRate(), v.netDebt(),
        v.minorityInterest(), v.nonOperatingAssets(), v.sharesOutstanding(), wacc, projected, years,
        CashFlowChart.json(years), sensitivity);
  }

  private static YearRow row(DcfYear y) {
    return new YearRow(y.year(), y.revenue(), y.ebit(), y.ebitda(), y.freeCashFlow(), y.discountFactor(), y.presentValue());
  }
}
