package com.valorivx.workbook;

import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.SimpleOperatingModel;
import com.valorivx.workbook.Styles.Format;
import com.valorivx.workbook.Styles.Role;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A leveraged buyout as a workbook of live formulas, laid out the way {@code LboEngine} values it.
 *
 * <p>Sheet {@value #ASSUMPTIONS} holds the inputs (entry EBITDA and multiple, fees, each tranche's
 * amount, rate, amortisation and sweep flag in priority order, the operating model, sweep rate,
 * minimum cash, exit multiple), named. Sheet {@value #MODEL} derives by formula: sources and
 * uses; per year EBITDA and the cash before interest; per tranche the opening balance, scheduled
 * repayment min(opening, amortisation × original), interest, the sweep in priority order
 * (pool = sweep rate × max(0, cash available − minimum cash); each sweepable tranche takes
 * min(pool left, balance after schedule)) and the closing balance; cash available = opening cash
 * + cash before interest − tax − interest − scheduled; then exit EV = exit multiple × EBITDA_N,
 * net debt, exit equity, MOIC and the IRR by Excel's {@code IRR} over the sponsor's cash flows
 * (−equity at 0, exit equity at N), named {@code EquityIrr} (a name {@code Irr} would read as the
 * function in some spreadsheet programs). With interest on the average balance the circularity is not
 * left to a spreadsheet's iterative calculation: sheet {@value #ITERATIONS} unrolls
 * {@value #PASSES} passes of the engine's fixed-point iteration per year, each pass charging
 * interest on the previous pass's closing balances; the model takes the last pass.
 */
public final class LboWorkbook {

  /** The inputs sheet. */
  public static final String ASSUMPTIONS = "Assumptions";
  /** The formulas sheet. */
  public static final String MODEL = "Model";
  /** The average-balance iteration sheet. */
  public static final String ITERATIONS = "Iterations";
  /**
   * Passes of the average-balance iteration per year. Each pass shrinks the error by at most
   * (highest rate / 2) × (1 + tax) &lt; 1; at 40 passes even rates near 100 % settle to 1e-12.
   */
  public static final int PASSES = 40;

  private LboWorkbook() {
  }

  /** The workbook of {@code a}; the caller closes it. */
  public static XSSFWorkbook create(WorkbookRun run, LboAssumptions a) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SheetWriter in = new SheetWriter(workbook, styles, ASSUMPTIONS);
    SheetWriter model = new SheetWriter(workbook, styles, MODEL);
    SheetWriter iterations = a.interestOn() == InterestBasis.AVERAGE_BALANCE
        ? new SheetWriter(workbook, styles, ITERATIONS) : null;
    Inputs inputs = assumptions(in, run, a);
    new ModelWriter(model, iterations, inputs, a).write();
    return Workbooks.finish(workbook, styles, run);
  }

  /** The workbook of {@code a} as {@code .xlsx} bytes, every formula's value cached for viewers. */
  public static byte[] write(WorkbookRun run, LboAssumptions a) {
    return Workbooks.toBytes(create(run, a));
  }

  private static final class Inputs {
    String entryEbitda;
    String entryMultiple;
    String transactionFees;
    String[] amount;
    String[] rate;
    String[] amortization;
    String[] sweep;
    String ebitdaGrowth;
    String cashConversion;
    String revenue;
    String revenueGrowth;
    String ebitdaMargin;
    String depreciationRate;
    String capexRate;
    String nwcRate;
    String taxRate;
    String cashSweepRate;
    String minimumCash;
    String exitMultiple;
  }

  private static Inputs assumptions(SheetWriter in, WorkbookRun run, LboAssumptions a) {
    Inputs inputs = new Inputs();
    in.widths(46, 14, 6);
    in.title("LBO assumptions" + (run.name() == null || run.name().isBlank() ? "" : ": " + run.name()));
    in.note("Blue figures on yellow are the inputs: change one and the Model sheet values the deal again. "
        + "Rates are decimals shown as percentages.");
    in.skip();

    in.section("Entry", 6);
    inputs.entryEbitda = in.scalar("Entry EBITDA", a.entryEbitda(), Format.AMOUNT, "EntryEbitda", null);
    inputs.entryMultiple = in.scalar("Entry multiple (EV / EBITDA)", a.entryMultiple(), Format.MULTIPLE,
        "EntryMultiple", null);
    inputs.transactionFees = in.scalar("Transaction fees", a.transactionFees(), Format.AMOUNT, "TransactionFees",
        "funded with the price");
    int years = in.labelled("Holding period (years)");
    in.value(years, SheetWriter.VALUE, a.years(), Format.YEAR, Role.VALUE);
    in.noteAt(years, SheetWriter.NOTE, "exit at the end of the last year; the model's columns");
    in.skip();

    List<DebtTranche> tranches = a.debtTranches();
    int n = tranches.size();
    in.section("Debt tranches, in priority order (the sweep repays the first sweepable tranche first)", 6);
    inputs.amount = new String[n];
    inputs.rate = new String[n];
    inputs.amortization = new String[n];
    inputs.sweep = new String[n];
    if (n == 0) {
      in.note("No debt: an all-equity deal.");
    } else {
      int header = in.nextRow();
      in.bold(header, 0, "Tranche");
      in.bold(header, 1, "Amount");
      in.bold(header, 2, "Interest rate");
      in.bold(header, 3, "Amortisation / yr");
      in.bold(header, 4, "Cash sweep");
      int first = -1;
      for (int i = 0; i < n; i++) {
        DebtTranche t = tranches.get(i);
        int row = in.nextRow();
        first = i == 0 ? row : first;
        in.text(row, 0, t.name());
        in.input(row, 1, t.amount(), Format.AMOUNT);
        in.input(row, 2, t.interestRate(), Format.PERCENT);
        in.input(row, 3, t.amortizationRate(), Format.PERCENT);
        in.input(row, 4, t.cashSweep());
        inputs.amount[i] = in.ref(row, 1);
        inputs.rate[i] = in.ref(row, 2);
        inputs.amortization[i] = in.ref(row, 3);
        inputs.sweep[i] = in.ref(row, 4);
      }
      in.nameColumn("TrancheAmount", first, first + n - 1, 1);
      in.nameColumn("TrancheInterestRate", first, first + n - 1, 2);
      in.nameColumn("TrancheAmortizationRate", first, first + n - 1, 3);
      in.nameColumn("TrancheCashSweep", first, first + n - 1, 4);
      in.note("Amortisation is a share of the original amount each year, never more than is still owed.");
    }
    in.skip();

    in.section("Operating model", 6);
    if (a.operating() instanceof SimpleOperatingModel simple) {
      inputs.ebitdaGrowth = in.scalar("EBITDA growth a year", simple.ebitdaGrowth(), Format.PERCENT, "EbitdaGrowth",
          null);
      inputs.cashConversion = in.scalar("Cash conversion (cash before interest / EBITDA)", simple.cashConversion(),
          Format.PERCENT, "CashConversion", "taxes, capex and working capital are inside it");
    } else {
      FullOperatingModel full = (FullOperatingModel) a.operating();
      inputs.revenue = in.scalar("Revenue (year before entry)", full.revenue(), Format.AMOUNT, "Revenue", null);
      inputs.revenueGrowth = in.scalar("Revenue growth a year", full.revenueGrowth(), Format.PERCENT,
          "RevenueGrowth", null);
      inputs.ebitdaMargin = in.scalar("EBITDA margin", full.ebitdaMargin(), Format.PERCENT, "EbitdaMargin", null);
      inputs.depreciationRate = in.scalar("D&A / revenue", full.depreciationRate(), Format.PERCENT,
          "DepreciationRate", null);
      inputs.capexRate = in.scalar("Capex / revenue", full.capexRate(), Format.PERCENT, "CapexRate", null);
      inputs.nwcRate = in.scalar("Net working capital / revenue", full.nwcRate(), Format.PERCENT, "NwcRate",
          "held at this share of revenue");
      inputs.taxRate = in.scalar("Tax rate on EBIT − interest", full.taxRate(), Format.PERCENT, "TaxRate",
          "no loss carry-forward");
    }
    in.skip();

    in.section("Cash sweep and exit", 6);
    int basis = in.labelled("Interest on");
    in.text(basis, SheetWriter.VALUE, a.interestOn() == InterestBasis.AVERAGE_BALANCE
        ? "the average balance (iterated on the Iterations sheet)" : "the opening balance");
    inputs.cashSweepRate = in.scalar("Cash sweep rate", a.cashSweepRate(), Format.PERCENT, "CashSweepRate",
        "share of cash above the minimum that repays sweepable debt");
    inputs.minimumCash = in.scalar("Minimum cash", a.minimumCash(), Format.AMOUNT, "MinimumCash", null);
    inputs.exitMultiple = in.scalar("Exit multiple (EV / EBITDA)", a.exitMultiple(), Format.MULTIPLE,
        "ExitMultiple", null);
    in.sheet().createFreezePane(1, 0);
    return inputs;
  }

  /** Writes the Model sheet (and the Iterations sheet for average-balance interest). */
  private static final class ModelWriter {
    private final SheetWriter m;
    private final SheetWriter it;
    private final Inputs in;
    private final LboAssumptions a;
    private final int n;
    private final int years;
    private final int last;
    private final boolean full;

    ModelWriter(SheetWriter m, SheetWriter it, Inputs in, LboAssumptions a) {
      this.m = m;
      this.it = it;
      this.in = in;
      this.a = a;
      this.n = a.debtTranches().size();
      this.years = a.years();
      this.last = years + 1;
      this.full = a.operating() instanceof FullOperatingModel;
    }

    void write() {
      int width = last + 1;
      m.widths(44, 13, width);
      m.title("LBO model");
      m.note("Every figure here is a formula over the Assumptions sheet: change an input there and this sheet "
          + "values the deal again.");
      m.skip();

      m.section("Sources and uses at entry", width);
      int ev = row("Entry enterprise value = multiple × EBITDA", 1, in.entryMultiple + "*" + in.entryEbitda,
          Format.AMOUNT, "EntryEnterpriseValue");
      int fees = row("Transaction fees", 1, in.transactionFees, Format.AMOUNT, null);
      int uses = m.labelled("Total uses");
      m.total(uses, 1, SheetWriter.local(ev, 1) + "+" + SheetWriter.local(fees, 1), Format.AMOUNT);
      m.name("TotalUses", uses, 1);
      int firstDebt = -1;
      for (int i = 0; i < n; i++) {
        int r = row(a.debtTranches().get(i).name(), 1, in.amount[i], Format.AMOUNT, null);
        firstDebt = i == 0 ? r : firstDebt;
      }
      int debt = m.labelled("Total debt");
      m.total(debt, 1, n == 0 ? "0" : "SUM(" + SheetWriter.local(firstDebt, 1) + ":" + SheetWriter.local(firstDebt + n - 1, 1) + ")",
          Format.AMOUNT);
      m.name("TotalDebt", debt, 1);
      int equity = m.labelled("Sponsor equity = uses − debt");
      m.total(equity, 1, SheetWriter.local(uses, 1) + "-" + SheetWriter.local(debt, 1), Format.AMOUNT);
      m.name("EquityInvested", equity, 1);
      int sources = m.labelled("Total sources = debt + equity");
      m.formula(sources, 1, SheetWriter.local(debt, 1) + "+" + SheetWriter.local(equity, 1), Format.AMOUNT);
      m.name("TotalSources", sources, 1);
      m.skip();

      m.section("Operations", width);
      int year = m.labelled("Year");
      for (int c = 1; c <= last; c++) {
        m.value(year, c, c - 1, Format.YEAR, Role.HEADER);
      }
      int ebitda;
      int cashBeforeInterest;
      int ebit = -1;
      if (!full) {
        ebitda = m.labelled("EBITDA = previous × (1 + growth)");
        m.formula(ebitda, 1, in.entryEbitda, Format.AMOUNT);
        cashBeforeInterest = m.labelled("Cash before interest = conversion × EBITDA");
        for (int c = 2; c <= last; c++) {
          m.formula(ebitda, c, SheetWriter.local(ebitda, c - 1) + "*(1+" + in.ebitdaGrowth + ")", Format.AMOUNT);
          m.formula(cashBeforeInterest, c, in.cashConversion + "*" + SheetWriter.local(ebitda, c), Format.AMOUNT);
        }
      } else {
        int revenue = m.labelled("Revenue = previous × (1 + growth)");
        m.formula(revenue, 1, in.revenue, Format.AMOUNT);
        ebitda = m.labelled("EBITDA = margin × revenue");
        int da = m.labelled("D&A = rate × revenue");
        ebit = m.labelled("EBIT = EBITDA − D&A");
        int capex = m.labelled("Capex = rate × revenue");
        int nwc = m.labelled("Increase in NWC = rate × Δ revenue");
        cashBeforeInterest = m.labelled("Cash before interest and tax = EBITDA − capex − ΔNWC");
        for (int c = 2; c <= last; c++) {
          String rev = SheetWriter.local(revenue, c);
          m.formula(revenue, c, SheetWriter.local(revenue, c - 1) + "*(1+" + in.revenueGrowth + ")", Format.AMOUNT);
          m.formula(ebitda, c, in.ebitdaMargin + "*" + rev, Format.AMOUNT);
          m.formula(da, c, in.depreciationRate + "*" + rev, Format.AMOUNT);
          m.formula(ebit, c, SheetWriter.local(ebitda, c) + "-" + SheetWriter.local(da, c), Format.AMOUNT);
          m.formula(capex, c, in.capexRate + "*" + rev, Format.AMOUNT);
          m.formula(nwc, c, in.nwcRate + "*(" + rev + "-" + SheetWriter.local(revenue, c - 1) + ")", Format.AMOUNT);
          m.formula(cashBeforeInterest, c, SheetWriter.local(ebitda, c) + "-" + SheetWriter.local(capex, c) + "-"
              + SheetWriter.local(nwc, c), Format.AMOUNT);
        }
        m.nameRow("RevenueByYear", revenue, 2, last);
      }
      m.nameRow("Ebitda", ebitda, 2, last);
      m.skip();

      m.section("Debt schedule", width);
      int[] opening = new int[n];
      int[] scheduled = new int[n];
      int[] interest = new int[n];
      int[] swept = new int[n];
      int[] closing = new int[n];
      for (int i = 0; i < n; i++) {
        String name = a.debtTranches().get(i).name();
        opening[i] = m.labelled(name + ": opening balance");
        scheduled[i] = m.labelled(name + ": scheduled repayment");
        interest[i] = m.labelled(name + ": interest");
        swept[i] = m.labelled(name + ": swept repayment");
        closing[i] = m.labelled(name + ": closing balance");
      }
      int interestTotal = m.labelled("Interest");
      int scheduledTotal = m.labelled("Scheduled repayment");
      int tax = -1;
      if (full) {
        tax = m.labelled("Tax = rate × max(0, EBIT − interest)");
      }
      int openingCash = m.labelled("Opening cash");
      int available = m.labelled("Cash available = opening cash + cash before interest − tax − interest − scheduled");
      int pool = m.labelled("Sweep pool = sweep rate × max(0, available − minimum cash)");
      int sweptTotal = m.labelled("Swept repayment");
      int repayment = m.labelled("Debt repayment = scheduled + swept");
      int cash = m.labelled("Cash at year-end");
      int endingDebt = m.labelled("Debt at year-end");
      int check = m.labelled("Check");

      for (int c = 2; c <= last; c++) {
        for (int i = 0; i < n; i++) {
          m.formula(opening[i], c, c == 2 ? in.amount[i] : SheetWriter.local(closing[i], c - 1), Format.AMOUNT);
          m.formula(scheduled[i], c, "MIN(" + SheetWriter.local(opening[i], c) + "," + in.amortization[i] + "*"
              + in.amount[i] + ")", Format.AMOUNT);
          m.formula(closing[i], c, SheetWriter.local(opening[i], c) + "-" + SheetWriter.local(scheduled[i], c) + "-"
              + SheetWriter.local(swept[i], c), Format.AMOUNT);
        }
        m.formula(interestTotal, c, sum(interest, c), Format.AMOUNT);
        m.formula(scheduledTotal, c, sum(scheduled, c), Format.AMOUNT);
        String taxTerm = "";
        if (full) {
          m.formula(tax, c, in.taxRate + "*MAX(0," + SheetWriter.local(ebit, c) + "-" + SheetWriter.local(interestTotal, c)
              + ")", Format.AMOUNT);
          taxTerm = "-" + SheetWriter.local(tax, c);
        }
        m.formula(openingCash, c, c == 2 ? "0" : SheetWriter.local(cash, c - 1), Format.AMOUNT);
        m.formula(available, c, SheetWriter.local(openingCash, c) + "+" + SheetWriter.local(cashBeforeInterest, c)
            + taxTerm + "-" + SheetWriter.local(interestTotal, c) + "-" + SheetWriter.local(scheduledTotal, c),
            Format.AMOUNT);
        m.formula(pool, c, in.cashSweepRate + "*MAX(0," + SheetWriter.local(available, c) + "-" + in.minimumCash + ")",
            Format.AMOUNT);
        for (int i = 0; i < n; i++) {
          m.formula(swept[i], c, sweepFormula(i, SheetWriter.local(pool, c), swept, c, opening, scheduled, m),
              Format.AMOUNT);
        }
        m.formula(sweptTotal, c, sum(swept, c), Format.AMOUNT);
        m.formula(repayment, c, SheetWriter.local(scheduledTotal, c) + "+" + SheetWriter.local(sweptTotal, c),
            Format.AMOUNT);
        m.total(cash, c, SheetWriter.local(available, c) + "-" + SheetWriter.local(sweptTotal, c), Format.AMOUNT);
        m.total(endingDebt, c, sum(closing, c), Format.AMOUNT);
        m.formula(check, c, "IF(" + SheetWriter.local(available, c) + "<0,\"short: scheduled repayment not covered\","
            + "\"OK\")", Format.GENERAL);
      }
      if (it == null) {
        for (int c = 2; c <= last; c++) {
          for (int i = 0; i < n; i++) {
            m.formula(interest[i], c, in.rate[i] + "*" + SheetWriter.local(opening[i], c), Format.AMOUNT);
          }
        }
      } else {
        int[] lastInterest = iterations(opening, scheduled, scheduledTotal, ebit, cashBeforeInterest, openingCash);
        for (int c = 2; c <= last; c++) {
          for (int i = 0; i < n; i++) {
            m.formula(interest[i], c, it.refColumn(lastInterest[i], c), Format.AMOUNT);
          }
        }
      }
      m.nameRow("Interest", interestTotal, 2, last);
      m.nameRow("DebtRepayment", repayment, 2, last);
      m.nameRow("EndingDebt", endingDebt, 2, last);
      m.nameRow("Cash", cash, 2, last);
      m.nameRow("CashCheck", check, 2, last);
      m.skip();

      m.section("Exit and returns", width);
      int exitEbitda = row("Exit EBITDA (year N)", 1, SheetWriter.local(ebitda, last), Format.AMOUNT, "ExitEbitda");
      int exitEv = row("Exit enterprise value = exit multiple × EBITDA", 1, in.exitMultiple + "*"
          + SheetWriter.local(exitEbitda, 1), Format.AMOUNT, "ExitEnterpriseValue");
      int exitDebt = row("Debt at exit", 1, SheetWriter.local(endingDebt, last), Format.AMOUNT, "ExitDebt");
      int exitCash = row("Cash at exit", 1, SheetWriter.local(cash, last), Format.AMOUNT, "ExitCash");
      int netDebt = row("Net debt at exit", 1, SheetWriter.local(exitDebt, 1) + "-" + SheetWriter.local(exitCash, 1),
          Format.AMOUNT, "ExitNetDebt");
      int exitEquity = m.labelled("Exit equity value = exit EV − net debt");
      m.total(exitEquity, 1, SheetWriter.local(exitEv, 1) + "-" + SheetWriter.local(netDebt, 1), Format.AMOUNT);
      m.name("ExitEquityValue", exitEquity, 1);
      String eq = SheetWriter.local(exitEquity, 1);
      int moic = m.labelled("MOIC = exit equity / equity invested (0 on a total loss)");
      m.total(moic, 1, "IF(" + eq + ">0," + eq + "/" + SheetWriter.local(equity, 1) + ",0)", Format.MULTIPLE);
      m.name("Moic", moic, 1);
      int flows = m.labelled("Sponsor cash flows (year 0 … N)");
      m.formula(flows, 1, "-" + SheetWriter.local(equity, 1), Format.AMOUNT);
      for (int c = 2; c <= last; c++) {
        m.formula(flows, c, c == last ? "IF(" + eq + ">0," + eq + ",0)" : "0", Format.AMOUNT);
      }
      m.nameRow("EquityCashFlows", flows, 1, last);
      int closedForm = m.labelled("IRR, closed form = MOIC^(1/N) − 1");
      m.formula(closedForm, 1, "IF(" + eq + ">0," + SheetWriter.local(moic, 1) + "^(1/" + SheetWriter.local(year, last)
          + ")-1,\"total loss\")", Format.PERCENT);
      m.name("EquityIrrClosedForm", closedForm, 1);
      int irr = m.labelled("Equity IRR = IRR(sponsor cash flows)");
      m.total(irr, 1, "IF(" + eq + ">0,IRR(" + SheetWriter.local(flows, 1) + ":" + SheetWriter.local(flows, last) + ","
          + SheetWriter.local(closedForm, 1) + "),\"total loss\")", Format.PERCENT);
      m.name("EquityIrr", irr, 1);
      m.sheet().createFreezePane(1, 0);
    }

    /** The sweep of tranche i: what is left of the pool after the tranches before it, up to its balance after schedule. */
    private String sweepFormula(int i, String pool, int[] swept, int c, int[] opening, int[] scheduled, SheetWriter s) {
      StringBuilder left = new StringBuilder(pool);
      for (int j = 0; j < i; j++) {
        left.append('-').append(SheetWriter.local(swept[j], c));
      }
      return "IF(" + in.sweep[i] + ",MIN(" + left + "," + SheetWriter.local(opening[i], c) + "-"
          + SheetWriter.local(scheduled[i], c) + "),0)";
    }

    /**
     * The Iterations sheet: per year, {@value #PASSES} passes of interest on (opening + closing)/2,
     * each closing from the previous pass, starting at opening − scheduled. Answers the rows of the
     * last pass's interest per tranche.
     */
    private int[] iterations(int[] opening, int[] scheduled, int scheduledTotal, int ebit, int cashBeforeInterest,
        int openingCash) {
      int width = last + 1;
      it.widths(44, 13, width);
      it.title("Interest on the average balance");
      it.note("Interest on (opening + closing) / 2 depends on the sweep, which depends on the interest: each pass "
          + "below charges interest on the previous pass's closing balances, as the engine iterates; the Model sheet "
          + "takes the last pass.");
      it.skip();
      int[] previousClosing = null;
      int[] lastInterest = new int[n];
      for (int p = 0; p < PASSES; p++) {
        it.section("Pass " + (p + 1), width);
        int[] interest = new int[n];
        int[] swept = new int[n];
        int[] closing = new int[n];
        for (int i = 0; i < n; i++) {
          interest[i] = it.labelled(a.debtTranches().get(i).name() + ": interest");
        }
        int total = it.labelled("Interest");
        int tax = -1;
        if (full) {
          tax = it.labelled("Tax");
        }
        int available = it.labelled("Cash available");
        int pool = it.labelled("Sweep pool");
        for (int i = 0; i < n; i++) {
          swept[i] = it.labelled(a.debtTranches().get(i).name() + ": swept");
          closing[i] = it.labelled(a.debtTranches().get(i).name() + ": closing");
        }
        for (int c = 2; c <= last; c++) {
          for (int i = 0; i < n; i++) {
            String open = m.refColumn(opening[i], c);
            String close = previousClosing == null ? "(" + open + "-" + m.refColumn(scheduled[i], c) + ")"
                : SheetWriter.local(previousClosing[i], c);
            it.formula(interest[i], c, in.rate[i] + "*((" + open + "+" + close + ")/2)", Format.AMOUNT);
          }
          it.formula(total, c, sum(interest, c), Format.AMOUNT);
          String taxTerm = "";
          if (full) {
            it.formula(tax, c, in.taxRate + "*MAX(0," + m.refColumn(ebit, c) + "-" + SheetWriter.local(total, c) + ")",
                Format.AMOUNT);
            taxTerm = "-" + SheetWriter.local(tax, c);
          }
          it.formula(available, c, m.refColumn(openingCash, c) + "+" + m.refColumn(cashBeforeInterest, c) + taxTerm
              + "-" + SheetWriter.local(total, c) + "-" + m.refColumn(scheduledTotal, c), Format.AMOUNT);
          it.formula(pool, c, in.cashSweepRate + "*MAX(0," + SheetWriter.local(available, c) + "-" + in.minimumCash
              + ")", Format.AMOUNT);
          for (int i = 0; i < n; i++) {
            StringBuilder left = new StringBuilder(SheetWriter.local(pool, c));
            for (int j = 0; j < i; j++) {
              left.append('-').append(SheetWriter.local(swept[j], c));
            }
            String afterSchedule = m.refColumn(opening[i], c) + "-" + m.refColumn(scheduled[i], c);
            it.formula(swept[i], c, "IF(" + in.sweep[i] + ",MIN(" + left + "," + afterSchedule + "),0)", Format.AMOUNT);
            it.formula(closing[i], c, afterSchedule + "-" + SheetWriter.local(swept[i], c), Format.AMOUNT);
          }
        }
        previousClosing = closing;
        lastInterest = interest;
      }
      return lastInterest;
    }

    private int row(String label, int col, String formula, Format format, String name) {
      int r = m.labelled(label);
      m.formula(r, col, formula, format);
      if (name != null) {
        m.name(name, r, col);
      }
      return r;
    }

    private String sum(int[] rows, int c) {
      if (rows.length == 0) {
        return "0";
      }
      StringBuilder sum = new StringBuilder(SheetWriter.local(rows[0], c));
      for (int i = 1; i < rows.length; i++) {
        sum.append('+').append(SheetWriter.local(rows[i], c));
      }
      return sum.toString();
    }
  }
}
