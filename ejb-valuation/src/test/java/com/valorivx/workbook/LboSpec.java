package com.valorivx.workbook;

import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.OperatingModel;
import com.valorivx.engine.lbo.SimpleOperatingModel;
import java.util.ArrayList;
import java.util.List;

/** An LBO variant for the workbook tests, editable by the workbook's input names. */
final class LboSpec {

  final String label;
  double entryEbitda;
  double entryMultiple;
  double transactionFees;
  int years;
  List<DebtTranche> tranches = new ArrayList<>();
  Double ebitdaGrowth;
  double cashConversion;
  double revenue;
  double revenueGrowth;
  double ebitdaMargin;
  double depreciationRate;
  double capexRate;
  double nwcRate;
  double taxRate;
  InterestBasis basis = InterestBasis.OPENING_BALANCE;
  double cashSweepRate = 1;
  double minimumCash;
  double exitMultiple;

  private LboSpec(String label) {
    this.label = label;
  }

  static LboSpec deal(String label, double entryEbitda, double entryMultiple, double fees, int years, double exit) {
    LboSpec s = new LboSpec(label);
    s.entryEbitda = entryEbitda;
    s.entryMultiple = entryMultiple;
    s.transactionFees = fees;
    s.years = years;
    s.exitMultiple = exit;
    return s;
  }

  LboSpec tranche(String name, double amount, double rate, double amortization, boolean sweep) {
    tranches.add(new DebtTranche(name, amount, rate, amortization, sweep));
    return this;
  }

  LboSpec simple(double growth, double conversion) {
    ebitdaGrowth = growth;
    cashConversion = conversion;
    return this;
  }

  LboSpec full(double revenue0, double growth, double margin, double depreciation, double capex, double nwc,
      double tax) {
    revenue = revenue0;
    revenueGrowth = growth;
    ebitdaMargin = margin;
    depreciationRate = depreciation;
    capexRate = capex;
    nwcRate = nwc;
    taxRate = tax;
    return this;
  }

  LboSpec withExit(double multiple) {
    exitMultiple = multiple;
    return this;
  }

  LboSpec average() {
    basis = InterestBasis.AVERAGE_BALANCE;
    return this;
  }

  LboSpec sweep(double rate, double minimum) {
    cashSweepRate = rate;
    minimumCash = minimum;
    return this;
  }

  LboAssumptions toAssumptions() {
    OperatingModel operating = ebitdaGrowth != null ? new SimpleOperatingModel(ebitdaGrowth, cashConversion)
        : new FullOperatingModel(revenue, revenueGrowth, ebitdaMargin, depreciationRate, capexRate, nwcRate, taxRate);
    return new LboAssumptions(entryEbitda, entryMultiple, transactionFees, years, tranches, operating, basis,
        cashSweepRate, minimumCash, exitMultiple);
  }

  LboSpec copy() {
    LboSpec c = deal(label, entryEbitda, entryMultiple, transactionFees, years, exitMultiple);
    c.tranches = new ArrayList<>(tranches);
    c.ebitdaGrowth = ebitdaGrowth;
    c.cashConversion = cashConversion;
    c.full(revenue, revenueGrowth, ebitdaMargin, depreciationRate, capexRate, nwcRate, taxRate);
    c.basis = basis;
    c.cashSweepRate = cashSweepRate;
    c.minimumCash = minimumCash;
    return c;
  }

  /** A copy with the input the workbook names {@code name} (element {@code index} of a column) set to {@code value}. */
  LboSpec with(String name, int index, double value) {
    LboSpec c = copy();
    switch (name) {
      case "EntryEbitda" -> c.entryEbitda = value;
      case "EntryMultiple" -> c.entryMultiple = value;
      case "TransactionFees" -> c.transactionFees = value;
      case "TrancheAmount" -> c.tranche(index, t -> new DebtTranche(t.name(), value, t.interestRate(),
          t.amortizationRate(), t.cashSweep()));
      case "TrancheInterestRate" -> c.tranche(index, t -> new DebtTranche(t.name(), t.amount(), value,
          t.amortizationRate(), t.cashSweep()));
      case "TrancheAmortizationRate" -> c.tranche(index, t -> new DebtTranche(t.name(), t.amount(), t.interestRate(),
          value, t.cashSweep()));
      case "EbitdaGrowth" -> c.ebitdaGrowth = value;
      case "CashConversion" -> c.cashConversion = value;
      case "Revenue" -> c.revenue = value;
      case "RevenueGrowth" -> c.revenueGrowth = value;
      case "EbitdaMargin" -> c.ebitdaMargin = value;
      case "DepreciationRate" -> c.depreciationRate = value;
      case "CapexRate" -> c.capexRate = value;
      case "NwcRate" -> c.nwcRate = value;
      case "TaxRate" -> c.taxRate = value;
      case "CashSweepRate" -> c.cashSweepRate = value;
      case "MinimumCash" -> c.minimumCash = value;
      case "ExitMultiple" -> c.exitMultiple = value;
      default -> throw new IllegalArgumentException("no input named " + name);
    }
    return c;
  }

  /** A copy with tranche {@code index}'s sweep flag turned over. */
  LboSpec toggleSweep(int index) {
    LboSpec c = copy();
    c.tranche(index, t -> new DebtTranche(t.name(), t.amount(), t.interestRate(), t.amortizationRate(), !t.cashSweep()));
    return c;
  }

  private void tranche(int index, java.util.function.UnaryOperator<DebtTranche> change) {
    tranches.set(index, change.apply(tranches.get(index)));
  }

  @Override
  public String toString() {
    return label;
  }
}
