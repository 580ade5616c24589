package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.OperatingModel;
import com.valorivx.engine.lbo.SimpleOperatingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A leveraged buyout as callers write it (API.md "LBO"): the entry, the {@code debtTranches} in
 * priority order, one operating model (simple: {@code ebitdaGrowth} and {@code cashConversion};
 * full: {@code operating}), the interest basis, the sweep and the exit. It is the document stored
 * as a run's inputs. Defaults: {@code transactionFees} 0, {@code interestOn} OPENING_BALANCE,
 * {@code cashSweepRate} 1.0, {@code minimumCash} 0; per tranche {@code amortizationRate} 0,
 * {@code cashSweep} true (so the sweep rate applies unless a tranche opts out) and
 * {@code name} "Tranche n". With the full model, {@code entryEbitda} defaults to
 * {@code operating.ebitdaMargin × operating.revenue}.
 */
public record LboRequest(String name, String ticker, Double entryEbitda, Double entryMultiple, Double transactionFees,
    Integer years, List<Tranche> debtTranches, Double ebitdaGrowth, Double cashConversion, Operating operating,
    String interestOn, Double cashSweepRate, Double minimumCash, Double exitMultiple) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** One tranche: {@code name}, {@code amount}, {@code interestRate}, {@code amortizationRate}, {@code cashSweep}. */
  public record Tranche(String name, Double amount, Double interestRate, Double amortizationRate, Boolean cashSweep) {
  }

  /** The full operating model's drivers, each a decimal share of revenue except growth and tax. */
  public record Operating(Double revenue, Double revenueGrowth, Double ebitdaMargin, Double depreciationRate,
      Double capexRate, Double nwcRate, Double taxRate) {
  }

  /**
   * Checks every field and builds the engine's assumptions; all errors come back together, each
   * named by its JSON path ({@code debtTranches[1].interestRate}, {@code operating.taxRate}).
   */
  public LboAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    checks.require(ticker == null || ticker.matches("[A-Za-z0-9.\\-:]{1,20}"), "ticker",
        "must be 1 to 20 letters, digits, '.', '-' or ':'");
    OperatingModel model = operatingModel(checks);
    Double ebitda = entryEbitda;
    if (ebitda == null && model instanceof FullOperatingModel full) {
      ebitda = full.entryEbitda();
    }
    // A field rejected here is replaced by a stand-in so the ranges of the others are still checked
    // and no field is named twice; the stand-ins never leave this method.
    boolean standIns = false;
    double ebitdaValue = 1;
    if (checks.finite(ebitda, "entryEbitda")) {
      ebitdaValue = ebitda;
    } else {
      standIns = true;
    }
    double entryMultipleValue = LboAssumptions.MAX_MULTIPLE;
    if (checks.finite(entryMultiple, "entryMultiple")) {
      entryMultipleValue = entryMultiple;
    } else {
      standIns = true;
    }
    double exitMultipleValue = checks.finite(exitMultiple, "exitMultiple") ? exitMultiple : 1;
    int yearsValue = 1;
    if (years == null) {
      checks.reject("years", "is required");
    } else {
      yearsValue = years;
    }
    double fees = optional(checks, transactionFees, "transactionFees", 0);
    double sweepRate = optional(checks, cashSweepRate, "cashSweepRate", 1);
    double cashFloor = optional(checks, minimumCash, "minimumCash", 0);
    InterestBasis basis = basis(checks);
    List<DebtTranche> tranches = tranches(checks);
    if (standIns) {
      // Stand-in EV so large that the debt-versus-uses check cannot misfire on them.
      ebitdaValue = LboAssumptions.MAX_AMOUNT;
      entryMultipleValue = LboAssumptions.MAX_MULTIPLE;
    }
    double e = ebitdaValue;
    double m = entryMultipleValue;
    double x = exitMultipleValue;
    int y = yearsValue;
    OperatingModel op = model == null ? new SimpleOperatingModel(0, 0) : model;
    LboAssumptions built = checks.attempt(() -> new LboAssumptions(e, m, fees, y, tranches, op, basis, sweepRate,
        cashFloor, x));
    checks.throwIfAny();
    return built;
  }

  private OperatingModel operatingModel(Checks checks) {
    boolean simple = ebitdaGrowth != null || cashConversion != null;
    if (simple && operating != null) {
      checks.reject("operating", "give either ebitdaGrowth and cashConversion (simple model) or operating "
          + "(full model), not both");
      return null;
    }
    if (!simple && operating == null) {
      checks.reject("operating", "is required: give ebitdaGrowth and cashConversion (simple model) or operating "
          + "(full model)");
      return null;
    }
    // Missing fields get stand-ins so the present ones are still range-checked; a model built on
    // stand-ins is discarded.
    if (simple) {
      boolean present = checks.finite(ebitdaGrowth, "ebitdaGrowth") & checks.finite(cashConversion, "cashConversion");
      SimpleOperatingModel model = checks.attempt(() -> new SimpleOperatingModel(orZero(ebitdaGrowth),
          orZero(cashConversion)));
      return present ? model : null;
    }
    Operating o = operating;
    boolean present = checks.finite(o.revenue(), "operating.revenue")
        & checks.finite(o.revenueGrowth(), "operating.revenueGrowth")
        & checks.finite(o.ebitdaMargin(), "operating.ebitdaMargin")
        & checks.finite(o.depreciationRate(), "operating.depreciationRate")
        & checks.finite(o.capexRate(), "operating.capexRate")
        & checks.finite(o.nwcRate(), "operating.nwcRate")
        & checks.finite(o.taxRate(), "operating.taxRate");
    FullOperatingModel model = checks.attempt(() -> new FullOperatingModel(
        o.revenue() == null || !Double.isFinite(o.revenue()) ? 1 : o.revenue(), orZero(o.revenueGrowth()),
        orZero(o.ebitdaMargin()), orZero(o.depreciationRate()), orZero(o.capexRate()), orZero(o.nwcRate()),
        orZero(o.taxRate())));
    return present ? model : null;
  }

  private static double orZero(Double value) {
    return value == null || !Double.isFinite(value) ? 0 : value;
  }

  private InterestBasis basis(Checks checks) {
    if (interestOn == null) {
      return InterestBasis.OPENING_BALANCE;
    }
    try {
      return InterestBasis.valueOf(interestOn);
    } catch (IllegalArgumentException unknown) {
      checks.reject("interestOn", "must be OPENING_BALANCE or AVERAGE_BALANCE, was " + interestOn);
      return InterestBasis.OPENING_BALANCE;
    }
  }

  private List<DebtTranche> tranches(Checks checks) {
    if (debtTranches == null) {
      checks.reject("debtTranches", "is required (an empty list for an all-equity deal)");
      return List.of();
    }
    List<DebtTranche> built = new ArrayList<>(debtTranches.size());
    for (int i = 0; i < debtTranches.size(); i++) {
      Tranche t = debtTranches.get(i);
      String at = "debtTranches[" + i + "]";
      if (t == null) {
        checks.reject(at, "is required");
        continue;
      }
      double amount = checks.finite(t.amount(), at + ".amount") ? t.amount() : 1;
      double rate = checks.finite(t.interestRate(), at + ".interestRate") ? t.interestRate() : 0;
      double amortization = optional(checks, t.amortizationRate(), at + ".amortizationRate", 0);
      String label = t.name() == null ? "Tranche " + (i + 1) : t.name();
      built.add(new DebtTranche(label, amount, rate, amortization, t.cashSweep() == null || t.cashSweep()));
    }
    return built;
  }

  private static double optional(Checks checks, Double value, String field, double fallback) {
    if (value == null) {
      return fallback;
    }
    checks.require(Double.isFinite(value), field, "must be a finite number");
    return Double.isFinite(value) ? value : fallback;
  }
}
