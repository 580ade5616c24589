package com.valorivx.engine.lbo;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.util.ArrayList;
import java.util.List;

/**
 * Values a leveraged buyout year by year (year-end convention). For year t, with opening tranche
 * balances B_i and opening cash C:
 *
 * <pre>
 * scheduled_i = min(B_i, amortizationRate_i · original_i)
 * interest_i  = rate_i · B_i                        (OPENING_BALANCE)
 *             = rate_i · (B_i + E_i) / 2            (AVERAGE_BALANCE, E_i = closing balance)
 * available   = C + CF_t − Σ interest_i − Σ scheduled_i      (CF_t from the operating model)
 * sweep pool  = cashSweepRate · max(0, available − minimumCash)
 * sweep_i     = min(pool left, B_i − scheduled_i) for sweepable tranches, in priority order
 * E_i         = B_i − scheduled_i − sweep_i,   cash at year-end = available − Σ sweep_i
 * </pre>
 *
 * With AVERAGE_BALANCE the closing balances E_i enter their own interest (and, in the full model,
 * the tax): the engine starts from E_i = B_i − scheduled_i and iterates the year until no balance
 * moves by more than {@link #TOLERANCE} relative to the debt raised, at most
 * {@link #MAX_ITERATIONS} times; the map contracts by at most max rate / 2 per step, so this
 * takes a handful of iterations, and failing to converge raises {@link ModelNotSolvableException}
 * rather than an approximate answer.
 *
 * <p>There is no revolver: a year whose cash (opening cash plus cash flow) cannot pay its interest
 * and scheduled amortisation is unsolvable ({@link ModelNotSolvableException} naming
 * {@code debtTranches}) rather than an invented overdraft. Cash earns no interest.
 *
 * <p>At exit: EV = exitMultiple · EBITDA_N, net debt = debt − cash, equity = EV − net debt; returns
 * as documented on {@link LboValuation}. Stateless and thread-safe.
 */
public final class LboEngine {

  public static final LboEngine DEFAULT = new LboEngine();

  /** Version of this engine, stored with each run. */
  public static final String VERSION = LboValuation.VERSION;

  /** Convergence of AVERAGE_BALANCE: largest move of a closing balance, relative to the debt raised. */
  public static final double TOLERANCE = 1e-13;

  /** Most fixed-point iterations per year before the circularity is declared unsolvable. */
  public static final int MAX_ITERATIONS = 100;

  /** Most entry or exit multiples a returns grid accepts. */
  public static final int MAX_GRID_POINTS = 25;

  /** Values the buyout. */
  public LboValuation value(LboAssumptions a) {
    Schedule s = schedule(a, MAX_ITERATIONS);
    return returns(a, s, a.entryMultiple(), a.exitMultiple(), true);
  }

  /**
   * IRR and MOIC over entry × exit multiples, everything else as in {@code base}. The debt
   * schedule does not depend on either multiple (the tranches are given amounts), so it is
   * projected once; an entry multiple at which the debt would not leave the sponsor any equity
   * is rejected by its index ({@code entryMultiples[2]}).
   */
  public LboReturnsGrid returnsGrid(LboAssumptions base, List<Double> entryMultiples, List<Double> exitMultiples) {
    Checks checks = Checks.start();
    checkAxis(checks, entryMultiples, "entryMultiples");
    checkAxis(checks, exitMultiples, "exitMultiples");
    if (!checks.hasErrors()) {
      for (int i = 0; i < entryMultiples.size(); i++) {
        double uses = entryMultiples.get(i) * base.entryEbitda() + base.transactionFees();
        checks.requireAt(base.totalDebt() < uses, "entryMultiples", i,
            "leaves no equity: the debt (" + base.totalDebt() + ") is not below entry EV plus fees (" + uses + ")");
      }
    }
    checks.throwIfAny();
    Schedule s = schedule(base, MAX_ITERATIONS);
    List<List<Double>> irrs = new ArrayList<>();
    List<List<Double>> moics = new ArrayList<>();
    for (double entry : entryMultiples) {
      List<Double> irrRow = new ArrayList<>();
      List<Double> moicRow = new ArrayList<>();
      for (double exit : exitMultiples) {
        LboValuation v = returns(base, s, entry, exit, false);
        irrRow.add(v.irr());
        moicRow.add(v.moic());
      }
      irrs.add(irrRow);
      moics.add(moicRow);
    }
    return new LboReturnsGrid(entryMultiples, exitMultiples, irrs, moics);
  }

  private static void checkAxis(Checks checks, List<Double> values, String field) {
    if (values == null || values.isEmpty()) {
      checks.reject(field, "is required: at least one multiple");
      return;
    }
    checks.require(values.size() <= MAX_GRID_POINTS, field, "holds at most " + MAX_GRID_POINTS + " multiples");
    for (int i = 0; i < values.size(); i++) {
      Double m = values.get(i);
      checks.requireAt(m != null && Double.isFinite(m) && m > 0 && m <= LboAssumptions.MAX_MULTIPLE, field, i,
          "must be above 0 and at most " + (int) LboAssumptions.MAX_MULTIPLE);
    }
  }

  /** Balances and flows of every year, independent of the entry and exit multiples. */
  private record Schedule(List<LboYear> years, double exitEbitda, double exitDebt, double exitCash, int iterations) {
  }

  Schedule schedule(LboAssumptions a, int maxIterations) {
    List<DebtTranche> tranches = a.debtTranches();
    int n = tranches.size();
    double[] original = new double[n];
    double[] rate = new double[n];
    double[] due = new double[n];
    boolean[] sweepable = new boolean[n];
    for (int i = 0; i < n; i++) {
      DebtTranche t = tranches.get(i);
      original[i] = t.amount();
      rate[i] = t.interestRate();
      due[i] = t.amortizationRate() * t.amount();
      sweepable[i] = t.cashSweep();
    }
    double tolerance = TOLERANCE * Math.max(1, a.totalDebt());
    boolean average = a.interestOn() == InterestBasis.AVERAGE_BALANCE;
    double[] opening = original.clone();
    double[] scheduled = new double[n];
    double[] closing = new double[n];
    double[] next = new double[n];
    double[] interest = new double[n];
    double cash = 0;
    int mostIterations = 1;
    List<LboYear> years = new ArrayList<>(a.years());

    OperatingModel operating = a.operating();
    SimpleOperatingModel simple = operating instanceof SimpleOperatingModel s ? s : null;
    FullOperatingModel full = operating instanceof FullOperatingModel f ? f : null;
    double ebitda = a.entryEbitda();
    double revenue = full == null ? 0 : full.revenue();

    for (int year = 1; year <= a.years(); year++) {
      double previousRevenue = revenue;
      // Cash before interest and, in the full model, before tax (the tax depends on the interest).
      double operatingCash;
      double ebit = 0;
      if (simple != null) {
        ebitda = ebitda * (1 + simple.ebitdaGrowth());
        operatingCash = simple.cashConversion() * ebitda;
      } else {
        revenue = revenue * (1 + full.revenueGrowth());
        ebitda = full.ebitdaMargin() * revenue;
        ebit = ebitda - full.depreciationRate() * revenue;
        operatingCash = ebitda - full.capexRate() * revenue - full.nwcRate() * (revenue - previousRevenue);
      }
      double scheduledTotal = 0;
      for (int i = 0; i < n; i++) {
        scheduled[i] = Math.min(opening[i], due[i]);
        scheduledTotal += scheduled[i];
        closing[i] = opening[i] - scheduled[i];
      }
      double interestTotal;
      double tax;
      double available;
      double sweptTotal;
      int iterations = 0;
      while (true) {
        iterations++;
        interestTotal = 0;
        for (int i = 0; i < n; i++) {
          interest[i] = rate[i] * (average ? (opening[i] + closing[i]) / 2 : opening[i]);
          interestTotal += interest[i];
        }
        tax = full == null ? 0 : full.taxRate() * Math.max(0, ebit - interestTotal);
        available = cash + operatingCash - tax - interestTotal - scheduledTotal;
        double pool = a.cashSweepRate() * Math.max(0, available - a.minimumCash());
        sweptTotal = 0;
        double largestMove = 0;
        for (int i = 0; i < n; i++) {
          double afterSchedule = opening[i] - scheduled[i];
          double swept = sweepable[i] ? Math.min(pool, afterSchedule) : 0;
          pool -= swept;
          sweptTotal += swept;
          next[i] = afterSchedule - swept;
          largestMove = Math.max(largestMove, Math.abs(next[i] - closing[i]));
        }
        double[] swap = closing;
        closing = next;
        next = swap;
        if (!average || largestMove <= tolerance) {
          break;
        }
        if (iterations >= maxIterations) {
          throw new ModelNotSolvableException("interestOn", "interest on the average balance did not converge in year "
              + year + " after " + maxIterations + " iterations; use OPENING_BALANCE");
        }
      }
      mostIterations = Math.max(mostIterations, iterations);
      // Rounding noise of a year whose cash exactly covers its debt service is not a shortfall.
      if (available < -tolerance) {
        throw new ModelNotSolvableException("debtTranches", "in year " + year
            + " the cash flow does not cover the interest and scheduled amortisation (short by " + -available
            + "); there is no revolver, so lower the debt, its rate or its amortisation");
      }
      cash = available - sweptTotal;
      double endingDebt = 0;
      for (int i = 0; i < n; i++) {
        endingDebt += closing[i];
      }
      years.add(new LboYear(year, full == null ? null : revenue, ebitda, operatingCash - tax, tax, interestTotal,
          scheduledTotal, sweptTotal, scheduledTotal + sweptTotal, endingDebt, cash, boxed(closing), boxed(interest)));
      double[] swap = opening;
      opening = closing;
      closing = swap;
    }
    double exitDebt = 0;
    for (int i = 0; i < n; i++) {
      exitDebt += opening[i];
    }
    return new Schedule(years, ebitda, exitDebt, cash, mostIterations);
  }

  private static LboValuation returns(LboAssumptions a, Schedule s, double entryMultiple, double exitMultiple,
      boolean withYears) {
    double entryEv = entryMultiple * a.entryEbitda();
    double uses = entryEv + a.transactionFees();
    double debt = a.totalDebt();
    double equity = uses - debt;
    double exitEv = exitMultiple * s.exitEbitda();
    double exitNetDebt = s.exitDebt() - s.exitCash();
    double exitEquity = exitEv - exitNetDebt;
    boolean totalLoss = !(exitEquity > 0);
    double moic = totalLoss ? 0 : exitEquity / equity;
    Double irr = totalLoss ? null : Math.pow(moic, 1.0 / a.years()) - 1;
    return new LboValuation(entryEv, a.transactionFees(), uses, debt, equity, debt + equity, s.exitEbitda(), exitEv,
        s.exitDebt(), s.exitCash(), exitNetDebt, exitEquity, moic, irr, totalLoss, s.iterations(),
        withYears ? s.years() : List.of());
  }

  private static List<Double> boxed(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return List.of(boxed);
  }
}
