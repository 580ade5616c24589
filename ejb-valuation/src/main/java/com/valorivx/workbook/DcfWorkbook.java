package com.valorivx.workbook;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import com.valorivx.workbook.Styles.Format;
import com.valorivx.workbook.Styles.Role;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A DCF as a workbook of live formulas, laid out the way {@code DcfEngine} values it.
 *
 * <p>Sheet {@value #ASSUMPTIONS} holds every input once, styled as an input and named (e.g.
 * {@code GivenDiscountRate}, {@code RevenueGrowth}, {@code NetDebt}). Sheet {@value #MODEL}
 * derives everything else by formula: the WACC build-up (k_e = r_f + β·ERP when not given;
 * WACC = E·k_e + (1 − E)·k_d·(1 − t)), per year revenue, EBIT, NOPAT, reinvestment and FCFF
 * (FCFF_t = EBIT_t·(1 − tax) − (Revenue_t − Revenue_{t−1})/salesToCapital), EBITDA, the discount
 * period (t, or t − ½ when {@code MidYear} is TRUE), DF_t = (1 + r)^−period and PV_t; then the
 * terminal value at the end of year N (Gordon FCF_N·(1 + g)/(r − g), or multiple × EBITDA_N), its
 * PV at (1 + r)^−N, EV, the equity bridge and value per share. The outputs are named after the
 * API's result fields ({@code EnterpriseValue}, {@code EquityValue}, {@code ValuePerShare},
 * {@code TerminalValue}, {@code PresentValueOfTerminalValue}, {@code DiscountRate}, ...). Sheet
 * {@value RunSheet#NAME} names the run and sets the engine's stored figures beside the
 * workbook's live ones.
 *
 * <p>Year t sits in column t + 1 (C for year 1) on both sheets; the model's column B is year 0.
 */
public final class DcfWorkbook {

  /** The inputs sheet. */
  public static final String ASSUMPTIONS = "Assumptions";
  /** The formulas sheet. */
  public static final String MODEL = "Model";

  private DcfWorkbook() {
  }

  /** The workbook of {@code a}; the caller closes it. */
  public static XSSFWorkbook create(WorkbookRun run, DcfAssumptions a) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SheetWriter in = new SheetWriter(workbook, styles, ASSUMPTIONS);
    SheetWriter model = new SheetWriter(workbook, styles, MODEL);
    Inputs inputs = assumptions(in, run, a);
    model(model, inputs, a);
    return Workbooks.finish(workbook, styles, run);
  }

  /** The workbook of {@code a} as {@code .xlsx} bytes, with every formula's value cached for viewers. */
  public static byte[] write(WorkbookRun run, DcfAssumptions a) {
    return Workbooks.toBytes(create(run, a));
  }

  /** Where each input landed on the Assumptions sheet; a reference is null when the variant has no such input. */
  private static final class Inputs {
    int years;
    int freeCashFlowRow = -1;
    int growthRow = -1;
    int marginRow = -1;
    String baseRevenue;
    String taxRate;
    String salesToCapital;
    String depreciationRate;
    String discountRate;
    String costOfEquity;
    String riskFreeRate;
    String beta;
    String equityRiskPremium;
    String preTaxCostOfDebt;
    String waccTaxRate;
    String equityWeight;
    String terminalGrowth;
    String exitMultiple;
    String terminalEbitda;
    String midYear;
    String netDebt;
    String minorityInterest;
    String nonOperatingAssets;
    String sharesOutstanding;
  }

  private static Inputs assumptions(SheetWriter in, WorkbookRun run, DcfAssumptions a) {
    Inputs inputs = new Inputs();
    List<?> years = a.cashFlows().project();
    inputs.years = years.size();
    int width = inputs.years + 2;
    in.widths(44, 13, Math.max(width, 3));
    in.title("DCF assumptions" + (run.name() == null || run.name().isBlank() ? "" : ": " + run.name()));
    in.note("Blue figures on yellow are the inputs: change one and the Model sheet values the company again. "
        + "Rates are decimals shown as percentages; year t is in column t + 1.");
    in.skip();

    in.section("Cash flows", width);
    if (a.cashFlows() instanceof ExplicitCashFlows explicit) {
      yearHeader(in, inputs.years);
      int row = in.labelled("Free cash flow to the firm (year-end)");
      for (int t = 1; t <= inputs.years; t++) {
        in.input(row, t + 1, explicit.freeCashFlows().get(t - 1), Format.AMOUNT);
      }
      in.nameRow("FreeCashFlows", row, 2, inputs.years + 1);
      inputs.freeCashFlowRow = row;
    } else {
      RevenueProjection p = (RevenueProjection) a.cashFlows();
      inputs.baseRevenue = in.scalar("Base revenue (year 0)", p.baseRevenue(), Format.AMOUNT, "BaseRevenue",
          "last actual year");
      inputs.taxRate = in.scalar("Tax rate on EBIT", p.taxRate(), Format.PERCENT, "ProjectionTaxRate", null);
      inputs.salesToCapital = in.scalar("Sales to capital", p.salesToCapital(), Format.NUMBER, "SalesToCapital",
          "reinvestment = revenue added / sales to capital");
      inputs.depreciationRate = in.scalar("D&A / revenue", p.depreciationRate(), Format.PERCENT,
          "DepreciationRate", "EBITDA = EBIT + D&A");
      yearHeader(in, inputs.years);
      inputs.growthRow = perYear(in, "Revenue growth", p.revenueGrowth(), "RevenueGrowth");
      inputs.marginRow = perYear(in, "EBIT margin", p.ebitMargin(), "EbitMargin");
    }
    in.skip();

    in.section("Discount rate", width);
    DiscountRateAssumption rate = a.discountRate();
    if (rate instanceof WaccAssumptions w) {
      if (w.costOfEquity() != null) {
        inputs.costOfEquity = in.scalar("Cost of equity (given)", w.costOfEquity(), Format.PERCENT,
            "GivenCostOfEquity", null);
      } else {
        inputs.riskFreeRate = in.scalar("Risk-free rate", w.riskFreeRate(), Format.PERCENT, "RiskFreeRate", null);
        inputs.beta = in.scalar("Beta", w.beta(), Format.NUMBER, "Beta", null);
        inputs.equityRiskPremium = in.scalar("Equity risk premium", w.equityRiskPremium(), Format.PERCENT,
            "EquityRiskPremium", "cost of equity = risk-free rate + beta × premium (CAPM)");
      }
      inputs.preTaxCostOfDebt = in.scalar("Pre-tax cost of debt", w.preTaxCostOfDebt(), Format.PERCENT,
          "PreTaxCostOfDebt", null);
      inputs.waccTaxRate = in.scalar("Tax rate (debt tax shield)", w.taxRate(), Format.PERCENT, "WaccTaxRate", null);
      inputs.equityWeight = in.scalar("Equity weight E / (D + E)", w.equityWeight(), Format.PERCENT, "EquityWeight",
          "debt weight = 1 − equity weight");
    } else {
      inputs.discountRate = in.scalar("Discount rate", rate.rate(), Format.PERCENT, "GivenDiscountRate", null);
    }
    in.skip();

    in.section("Terminal value", width);
    if (a.terminal() instanceof GordonGrowth gordon) {
      label(in, "Method", "Gordon growth: FCF_N × (1 + g) / (r − g)");
      inputs.terminalGrowth = in.scalar("Terminal growth g", gordon.growth(), Format.PERCENT, "TerminalGrowth",
          "must stay below the discount rate");
    } else {
      ExitMultiple exit = (ExitMultiple) a.terminal();
      label(in, "Method", "Exit multiple: multiple × EBITDA of year N");
      inputs.exitMultiple = in.scalar("Exit multiple (EV / EBITDA)", exit.multiple(), Format.MULTIPLE,
          "ExitMultiple", null);
      if (exit.terminalEbitda() != null) {
        inputs.terminalEbitda = in.scalar("Terminal EBITDA (year N)", exit.terminalEbitda(), Format.AMOUNT,
            "GivenTerminalEbitda", null);
      } else {
        label(in, "Terminal EBITDA", "year N EBITDA of the projection (Model sheet)");
      }
    }
    in.skip();

    in.section("Timing and equity bridge", width);
    int mid = in.labelled("Mid-year convention (TRUE / FALSE)");
    in.input(mid, SheetWriter.VALUE, a.midYear());
    in.noteAt(mid, SheetWriter.NOTE, "TRUE discounts each year's flow from mid-year (t − ½)");
    in.name("MidYear", mid, SheetWriter.VALUE);
    inputs.midYear = in.ref(mid, SheetWriter.VALUE);
    inputs.netDebt = in.scalar("Net debt", a.netDebt(), Format.AMOUNT, "NetDebt", null);
    inputs.minorityInterest = in.scalar("Minority interest", a.minorityInterest(), Format.AMOUNT,
        "MinorityInterest", null);
    inputs.nonOperatingAssets = in.scalar("Non-operating assets", a.nonOperatingAssets(), Format.AMOUNT,
        "NonOperatingAssets", null);
    inputs.sharesOutstanding = in.scalar("Shares outstanding", a.sharesOutstanding(), Format.AMOUNT,
        "SharesOutstanding", null);
    in.sheet().createFreezePane(1, 0);
    return inputs;
  }

  private static void model(SheetWriter m, Inputs in, DcfAssumptions a) {
    int n = in.years;
    int width = n + 2;
    int last = n + 1;
    m.widths(50, 13, width);
    m.title("DCF model");
    m.note("Every figure here is a formula over the Assumptions sheet: change an input there and this sheet "
        + "values the company again.");
    m.skip();

    m.section("Discount rate", width);
    String r;
    if (a.discountRate() instanceof WaccAssumptions) {
      int ke = m.nextRow();
      String costOfEquity = in.costOfEquity != null ? in.costOfEquity
          : in.riskFreeRate + "+" + in.beta + "*" + in.equityRiskPremium;
      m.text(ke, 0, in.costOfEquity != null ? "Cost of equity k_e (given)" : "Cost of equity k_e = r_f + β × ERP");
      m.formula(ke, 1, costOfEquity, Format.PERCENT);
      m.name("CostOfEquity", ke, 1);
      int kd = m.labelled("After-tax cost of debt k_d × (1 − t)");
      m.formula(kd, 1, in.preTaxCostOfDebt + "*(1-" + in.waccTaxRate + ")", Format.PERCENT);
      m.name("AfterTaxCostOfDebt", kd, 1);
      int e = m.labelled("Equity weight E");
      m.formula(e, 1, in.equityWeight, Format.PERCENT);
      int d = m.labelled("Debt weight 1 − E");
      m.formula(d, 1, "1-" + SheetWriter.local(e, 1), Format.PERCENT);
      int wacc = m.labelled("WACC = E × k_e + (1 − E) × k_d × (1 − t)");
      m.total(wacc, 1, SheetWriter.local(e, 1) + "*" + SheetWriter.local(ke, 1) + "+" + SheetWriter.local(d, 1)
          + "*" + SheetWriter.local(kd, 1), Format.PERCENT);
      m.name("Wacc", wacc, 1);
      int rate = m.labelled("Discount rate r (the WACC)");
      m.formula(rate, 1, SheetWriter.local(wacc, 1), Format.PERCENT);
      m.name("DiscountRate", rate, 1);
      r = m.ref(rate, 1);
    } else {
      int rate = m.labelled("Discount rate r");
      m.formula(rate, 1, in.discountRate, Format.PERCENT);
      m.name("DiscountRate", rate, 1);
      r = m.ref(rate, 1);
    }
    m.skip();

    m.section("Free cash flow and present values", width);
    int year = m.labelled("Year");
    for (int c = 1; c <= last; c++) {
      m.value(year, c, c - 1, Format.YEAR, Role.HEADER);
    }
    int fcf;
    int ebitda = -1;
    if (a.cashFlows() instanceof RevenueProjection) {
      int revenue = m.labelled("Revenue");
      m.formula(revenue, 1, in.baseRevenue, Format.AMOUNT);
      int ebit = m.labelled("EBIT = margin × revenue");
      int nopat = m.labelled("NOPAT = EBIT × (1 − tax)");
      int reinvestment = m.labelled("Reinvestment = Δ revenue / sales to capital");
      fcf = m.labelled("Free cash flow to the firm = NOPAT − reinvestment");
      int da = m.labelled("D&A = D&A rate × revenue");
      ebitda = m.labelled("EBITDA = EBIT + D&A");
      for (int c = 2; c <= last; c++) {
        String rev = SheetWriter.local(revenue, c);
        String previous = SheetWriter.local(revenue, c - 1);
        m.formula(revenue, c, previous + "*(1+" + ASSUMPTIONS + "!" + SheetWriter.local(in.growthRow, c) + ")",
            Format.AMOUNT);
        m.formula(ebit, c, ASSUMPTIONS + "!" + SheetWriter.local(in.marginRow, c) + "*" + rev, Format.AMOUNT);
        m.formula(nopat, c, SheetWriter.local(ebit, c) + "*(1-" + in.taxRate + ")", Format.AMOUNT);
        m.formula(reinvestment, c, "(" + rev + "-" + previous + ")/" + in.salesToCapital, Format.AMOUNT);
        m.total(fcf, c, SheetWriter.local(nopat, c) + "-" + SheetWriter.local(reinvestment, c), Format.AMOUNT);
        m.formula(da, c, in.depreciationRate + "*" + rev, Format.AMOUNT);
        m.formula(ebitda, c, SheetWriter.local(ebit, c) + "+" + SheetWriter.local(da, c), Format.AMOUNT);
      }
      m.nameRow("Revenue", revenue, 2, last);
      m.nameRow("Ebitda", ebitda, 2, last);
    } else {
      fcf = m.labelled("Free cash flow to the firm");
      for (int c = 2; c <= last; c++) {
        m.total(fcf, c, ASSUMPTIONS + "!" + SheetWriter.local(in.freeCashFlowRow, c), Format.AMOUNT);
      }
    }
    m.nameRow("FreeCashFlow", fcf, 2, last);
    int period = m.labelled("Discount period: t, or t − ½ mid-year");
    int factor = m.labelled("Discount factor (1 + r)^−period");
    int pv = m.labelled("Present value");
    for (int c = 2; c <= last; c++) {
      m.formula(period, c, SheetWriter.local(year, c) + "-IF(" + in.midYear + ",0.5,0)", Format.NUMBER);
      m.formula(factor, c, "(1+" + r + ")^(-" + SheetWriter.local(period, c) + ")", Format.FACTOR);
      m.formula(pv, c, SheetWriter.local(fcf, c) + "*" + SheetWriter.local(factor, c), Format.AMOUNT);
    }
    m.nameRow("DiscountFactor", factor, 2, last);
    m.nameRow("PresentValue", pv, 2, last);
    m.skip();

    m.section("Valuation", width);
    int sum = m.labelled("Sum of present values");
    m.formula(sum, 1, "SUM(" + SheetWriter.local(pv, 2) + ":" + SheetWriter.local(pv, last) + ")", Format.AMOUNT);
    m.name("SumOfPresentValues", sum, 1);
    String lastFcf = SheetWriter.local(fcf, last);
    int tv;
    if (a.terminal() instanceof GordonGrowth) {
      tv = m.labelled("Terminal value, end of year N: FCF_N × (1 + g) / (r − g)");
      m.formula(tv, 1, lastFcf + "*(1+" + in.terminalGrowth + ")/(" + r + "-" + in.terminalGrowth + ")",
          Format.AMOUNT);
    } else {
      int terminalEbitda = m.labelled(in.terminalEbitda != null ? "Terminal EBITDA (given)" : "Terminal EBITDA (year N)");
      m.formula(terminalEbitda, 1, in.terminalEbitda != null ? in.terminalEbitda : SheetWriter.local(ebitda, last),
          Format.AMOUNT);
      m.name("TerminalEbitda", terminalEbitda, 1);
      tv = m.labelled("Terminal value, end of year N: multiple × EBITDA");
      m.formula(tv, 1, in.exitMultiple + "*" + SheetWriter.local(terminalEbitda, 1), Format.AMOUNT);
    }
    m.name("TerminalValue", tv, 1);
    int pvTv = m.labelled("PV of terminal value: TV × (1 + r)^−N");
    m.formula(pvTv, 1, SheetWriter.local(tv, 1) + "*(1+" + r + ")^(-" + SheetWriter.local(year, last) + ")",
        Format.AMOUNT);
    m.name("PresentValueOfTerminalValue", pvTv, 1);
    int ev = m.labelled("Enterprise value");
    m.total(ev, 1, SheetWriter.local(sum, 1) + "+" + SheetWriter.local(pvTv, 1), Format.AMOUNT);
    m.name("EnterpriseValue", ev, 1);
    int netDebt = m.labelled("− Net debt");
    m.formula(netDebt, 1, in.netDebt, Format.AMOUNT);
    int minority = m.labelled("− Minority interest");
    m.formula(minority, 1, in.minorityInterest, Format.AMOUNT);
    int nonOperating = m.labelled("+ Non-operating assets");
    m.formula(nonOperating, 1, in.nonOperatingAssets, Format.AMOUNT);
    int equity = m.labelled("Equity value");
    m.total(equity, 1, SheetWriter.local(ev, 1) + "-" + SheetWriter.local(netDebt, 1) + "-"
        + SheetWriter.local(minority, 1) + "+" + SheetWriter.local(nonOperating, 1), Format.AMOUNT);
    m.name("EquityValue", equity, 1);
    int shares = m.labelled("÷ Shares outstanding");
    m.formula(shares, 1, in.sharesOutstanding, Format.AMOUNT);
    int perShare = m.labelled("Value per share");
    m.total(perShare, 1, SheetWriter.local(equity, 1) + "/" + SheetWriter.local(shares, 1), Format.AMOUNT);
    m.name("ValuePerShare", perShare, 1);
    int tvShare = m.labelled("PV of terminal value / enterprise value");
    m.formula(tvShare, 1, SheetWriter.local(pvTv, 1) + "/" + SheetWriter.local(ev, 1), Format.PERCENT);
    m.name("TerminalValueShare", tvShare, 1);
    if (a.terminal() instanceof GordonGrowth) {
      int check = m.labelled("Check");
      m.formula(check, 1, "IF(" + in.terminalGrowth + "<" + r + ",\"OK\","
          + "\"Terminal growth must stay below the discount rate\")", Format.GENERAL);
    }
    m.sheet().createFreezePane(1, 0);
  }

  private static void yearHeader(SheetWriter in, int years) {
    int row = in.labelled("Year");
    for (int t = 1; t <= years; t++) {
      in.value(row, t + 1, t, Format.YEAR, Role.HEADER);
    }
  }

  private static int perYear(SheetWriter in, String label, List<Double> values, String name) {
    int row = in.labelled(label);
    for (int t = 1; t <= values.size(); t++) {
      in.input(row, t + 1, values.get(t - 1), Format.PERCENT);
    }
    in.nameRow(name, row, 2, values.size() + 1);
    return row;
  }

  private static void label(SheetWriter in, String label, String text) {
    int row = in.labelled(label);
    in.text(row, SheetWriter.VALUE, text);
  }
}
