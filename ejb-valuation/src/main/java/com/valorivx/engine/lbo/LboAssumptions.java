package com.valorivx.engine.lbo;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * A leveraged buyout. Amounts are in one currency, rates are decimals (0.08 = 8 %), years are whole
 * and cash flows fall at year-end; the sponsor invests at time 0 and exits at the end of year
 * {@code years}.
 *
 * <pre>
 * Uses    = entry EV + transactionFees,   entry EV = entryMultiple · entryEbitda
 * Sources = Σ debt tranches + sponsor equity,   equity = Uses − Σ debt   (must be &gt; 0)
 * </pre>
 *
 * The target starts with no cash of its own; {@code minimumCash} is built up from the cash flow
 * before anything is swept.
 *
 * @param entryEbitda EBITDA the entry multiple applies to (the year before entry), &gt; 0
 * @param entryMultiple entry EV / EBITDA, in (0, 100]
 * @param transactionFees fees paid at entry, funded with the price, not tax-deductible, ≥ 0
 * @param years holding period, exit at the end of the last year, 1 to {@value #MAX_YEARS}
 * @param debtTranches tranches in priority order (the sweep repays them in this order); up to
 *     {@value #MAX_TRANCHES}, none for an all-equity deal
 * @param operating the operating model
 * @param interestOn the balance interest is charged on
 * @param cashSweepRate share of cash above {@code minimumCash} that repays sweepable tranches, in [0, 1]
 * @param minimumCash cash the target keeps before sweeping, ≥ 0
 * @param exitMultiple exit EV / EBITDA of the exit year, in (0, 100]
 */
public record LboAssumptions(double entryEbitda, double entryMultiple, double transactionFees, int years,
    List<DebtTranche> debtTranches, OperatingModel operating, InterestBasis interestOn, double cashSweepRate,
    double minimumCash, double exitMultiple) {

  /** Longest holding period accepted, in years. */
  public static final int MAX_YEARS = 30;
  /** Most tranches accepted. */
  public static final int MAX_TRANCHES = 10;
  /** Largest multiple accepted, entry or exit. */
  public static final double MAX_MULTIPLE = 100;
  /** Largest amount accepted (EBITDA, revenue, fees, a tranche, minimum cash): keeps every result finite. */
  public static final double MAX_AMOUNT = 1e15;

  public LboAssumptions {
    debtTranches = debtTranches == null ? null : List.copyOf(debtTranches);
    Checks checks = Checks.start()
        .require(amount(entryEbitda) && entryEbitda > 0, "entryEbitda",
            () -> "must be a positive amount up to 1e15, was " + entryEbitda)
        .require(multiple(entryMultiple), "entryMultiple",
            () -> "must be above 0 and at most " + (int) MAX_MULTIPLE + ", was " + entryMultiple)
        .require(amount(transactionFees), "transactionFees",
            () -> "must be an amount between 0 and 1e15, was " + transactionFees)
        .require(years >= 1 && years <= MAX_YEARS, "years",
            () -> "must be between 1 and " + MAX_YEARS + ", was " + years)
        .require(debtTranches != null, "debtTranches", "is required (an empty list for no debt)")
        .require(operating != null, "operating", "is required")
        .require(interestOn != null, "interestOn", "is required: OPENING_BALANCE or AVERAGE_BALANCE")
        .require(Double.isFinite(cashSweepRate) && cashSweepRate >= 0 && cashSweepRate <= 1, "cashSweepRate",
            () -> "must be between 0% and 100%, was " + Checks.percent(cashSweepRate))
        .require(amount(minimumCash), "minimumCash",
            () -> "must be an amount between 0 and 1e15, was " + minimumCash)
        .require(multiple(exitMultiple), "exitMultiple",
            () -> "must be above 0 and at most " + (int) MAX_MULTIPLE + ", was " + exitMultiple);
    if (debtTranches != null) {
      checkTranches(checks, debtTranches);
      if (!checks.hasErrors()) {
        double debt = totalDebt(debtTranches);
        double uses = entryMultiple * entryEbitda + transactionFees;
        checks.require(debt < uses, "debtTranches", () -> "total debt " + debt
            + " must stay below entry EV plus fees (" + uses + ") so that the sponsor invests equity");
      }
    }
    checks.throwIfAny();
  }

  private static void checkTranches(Checks checks, List<DebtTranche> tranches) {
    checks.require(tranches.size() <= MAX_TRANCHES, "debtTranches", "holds at most " + MAX_TRANCHES + " tranches");
    for (int i = 0; i < tranches.size(); i++) {
      DebtTranche t = tranches.get(i);
      String at = "debtTranches[" + i + "]";
      if (t == null) {
        checks.reject(at, "is required");
        continue;
      }
      checks.require(t.name() != null && !t.name().isBlank(), at + ".name", "is required")
          .require(amount(t.amount()) && t.amount() > 0, at + ".amount",
              () -> "must be a positive amount up to 1e15, was " + t.amount())
          .require(unit(t.interestRate()), at + ".interestRate",
              () -> "must be between 0% and 100% a year, was " + Checks.percent(t.interestRate()))
          .require(unit(t.amortizationRate()), at + ".amortizationRate",
              () -> "must be between 0% and 100% of the original amount a year, was "
                  + Checks.percent(t.amortizationRate()));
    }
  }

  /** Entry enterprise value: entryMultiple · entryEbitda. */
  public double entryEnterpriseValue() {
    return entryMultiple * entryEbitda;
  }

  /** Sum of the tranches' principal. */
  public double totalDebt() {
    return totalDebt(debtTranches);
  }

  /** The same deal with other entry and exit multiples (for the returns grid). */
  public LboAssumptions withMultiples(double newEntryMultiple, double newExitMultiple) {
    return new LboAssumptions(entryEbitda, newEntryMultiple, transactionFees, years, debtTranches, operating,
        interestOn, cashSweepRate, minimumCash, newExitMultiple);
  }

  /** The same deal with interest on another balance. */
  public LboAssumptions withBasis(InterestBasis newBasis) {
    return new LboAssumptions(entryEbitda, entryMultiple, transactionFees, years, debtTranches, operating,
        newBasis, cashSweepRate, minimumCash, exitMultiple);
  }

  /** The same deal with another cash sweep rate. */
  public LboAssumptions withSweepRate(double newSweepRate) {
    return new LboAssumptions(entryEbitda, entryMultiple, transactionFees, years, debtTranches, operating,
        interestOn, newSweepRate, minimumCash, exitMultiple);
  }

  private static double totalDebt(List<DebtTranche> tranches) {
    double sum = 0;
    for (DebtTranche t : tranches) {
      sum += t.amount();
    }
    return sum;
  }

  private static boolean amount(double value) {
    return Double.isFinite(value) && value >= 0 && value <= MAX_AMOUNT;
  }

  private static boolean multiple(double value) {
    return Double.isFinite(value) && value > 0 && value <= MAX_MULTIPLE;
  }

  private static boolean unit(double value) {
    return Double.isFinite(value) && value >= 0 && value <= 1;
  }
}
