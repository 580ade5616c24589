package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.time.temporal.ChronoUnit;
import org.hipparchus.analysis.solvers.BrentSolver;
import java.util.List;

/**
 * Spreadsheet cash-flow functions. Every one discounts an amount CF_i due at time t_i (years or
 * periods) by (1 + r)^−t_i, r a decimal above −1:
 * <ul>
 *   <li>NPV = Σ_{i=0..n−1} CF_i·(1 + r)^−(i+1) when the first flow is a period away (Excel
 *       {@code NPV()}), or Σ CF_i·(1 + r)^−i when it is at t = 0, undiscounted;</li>
 *   <li>IRR: the r where Σ CF_i·(1 + r)^−i = 0, first flow at t = 0 (Excel {@code IRR()});</li>
 *   <li>XNPV = Σ CF_i·(1 + r)^−(d_i − d_0)/365, d_i the dates, actual/365 from the first date
 *       (Excel {@code XNPV()});</li>
 *   <li>XIRR: the r where XNPV = 0 (Excel {@code XIRR()}).</li>
 * </ul>
 *
 * <p>Rates of return: flows without a sign change have none ({@link ModelNotSolvableException}).
 * With exactly one sign change the rate is unique (Descartes' rule of signs in v = 1/(1 + r)) and
 * Newton's method from the guess finds it; when Newton strays, a walk from the guess brackets it
 * and Brent's method refines it, and failing that the grid search below. With several sign
 * changes there may be several rates: the function is sampled on a grid of rates from −99.99 % to
 * 1,000,000 %, each sign change between neighbouring grid points is refined by Brent's method,
 * and the root nearest the guess is returned. Two roots between the same pair of
 * grid points (0.01 apart between −99 % and 100 %) cancel out and are not seen. When no root is
 * found the model is not solvable. Stateless and thread-safe.
 */
public final class CashFlowEngine {

  public static final CashFlowEngine DEFAULT = new CashFlowEngine();

  /** Days in the actual/365 year of XNPV and XIRR. */
  static final double DAYS_PER_YEAR = 365.0;

  /** Root accuracy, as an absolute difference of rates. */
  static final double RATE_TOLERANCE = 1e-12;

  private static final int NEWTON_ITERATIONS = 50;
  private static final int BRENT_EVALUATIONS = 200;
  private static final double[] GRID = grid();

  /** Net present value of evenly spaced flows; see the class comment for the timing. */
  public NpvResult npv(NpvAssumptions a) {
    double[] amounts = amounts(a.cashFlows());
    double shift = a.initialAtTimeZero() ? 0 : 1;
    double[] times = new double[amounts.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i + shift;
    }
    return new NpvResult(finite(presentValue(amounts, times, a.rate()), "rate"), a.rate());
  }

  /** Net present value of dated flows, actual/365 from the first date. */
  public NpvResult xnpv(XnpvAssumptions a) {
    return new NpvResult(finite(presentValue(amounts(a.flows()), years(a.flows()), a.rate()), "rate"), a.rate());
  }

  /**
   * Internal rate of return of evenly spaced flows, the first at t = 0; the root nearest
   * {@code guess} when there are several.
   *
   * @throws ModelNotSolvableException when no rate makes the NPV zero
   */
  public IrrResult irr(IrrAssumptions a) {
    double[] amounts = amounts(a.cashFlows());
    double[] times = new double[amounts.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i;
    }
    return solve(amounts, times, a.guess(), "cashFlows");
  }

  /**
   * Internal rate of return of dated flows, actual/365 from the first date; the root nearest
   * {@code guess} when there are several.
   *
   * @throws ModelNotSolvableException when no rate makes the XNPV zero
   */
  public IrrResult xirr(XirrAssumptions a) {
    return solve(amounts(a.flows()), years(a.flows()), a.guess(), "flows");
  }

  private static IrrResult solve(double[] amounts, double[] times, double guess, String field) {
    int signChanges = signChanges(amounts);
    if (signChanges == 0) {
      throw new ModelNotSolvableException(field, "has no sign change: a rate of return needs at least one "
          + "negative and one positive cash flow");
    }
    double root = Double.NaN;
    if (signChanges == 1) {
      root = newton(amounts, times, guess);
      if (Double.isNaN(root)) {
        root = uniqueRootFrom(amounts, times, guess);
      }
    }
    if (Double.isNaN(root)) {
      root = nearestBracketedRoot(amounts, times, guess);
    }
    if (Double.isNaN(root)) {
      throw new ModelNotSolvableException(field, "no rate between −99.99% and 1,000,000% makes the net "
          + "present value zero");
    }
    return new IrrResult(root, signChanges, presentValue(amounts, times, root));
  }

  /**
   * The unique root by Newton's method from the guess; NaN when a step leaves (−1, ∞), makes the
   * present value larger rather than smaller, or the iteration does not converge.
   */
  private static double newton(double[] amounts, double[] times, double guess) {
    double r = guess;
    double previous = Double.POSITIVE_INFINITY;
    for (int k = 0; k < NEWTON_ITERATIONS; k++) {
      double log = Math.log1p(r);
      double value = 0;
      double slope = 0;
      for (int i = 0; i < amounts.length; i++) {
        double discounted = amounts[i] * Math.exp(-times[i] * log);
        value += discounted;
        slope -= times[i] * discounted;
      }
      if (!(Math.abs(value) < previous)) {
        return Double.NaN;
      }
      previous = Math.abs(value);
      slope /= 1 + r;
      double next = r - value / slope;
      if (!Double.isFinite(next) || next <= -1) {
        return Double.NaN;
      }
      if (Math.abs(next - r) <= RATE_TOLERANCE * Math.max(1, Math.abs(r))) {
        return next;
      }
      r = next;
    }
    return Double.NaN;
  }

  /**
   * The unique root, bracketed by walking from the guess towards it (upwards in doubling steps,
   * downwards halving the distance to −100 % twice a step) and refined by Brent; NaN when it lies
   * outside the grid's range. Which way to walk follows from the sign at the grid's top rate, which
   * is the sign of every rate above the root.
   */
  private static double uniqueRootFrom(double[] amounts, double[] times, double guess) {
    double lowest = GRID[0];
    double highest = GRID[GRID.length - 1];
    double a = Math.min(Math.max(guess, lowest), highest);
    double fa = scaled(amounts, times, a);
    double fHighest = scaled(amounts, times, highest);
    if (fa == 0) {
      return a;
    }
    boolean upwards = (fa > 0) != (fHighest > 0);
    double step = 0.1;
    while (upwards ? a < highest : a > lowest) {
      double b = upwards ? Math.min(a + step, highest) : Math.max(-1 + (1 + a) / 4, lowest);
      double fb = b == highest ? fHighest : scaled(amounts, times, b);
      if (fb == 0) {
        return b;
      }
      if ((fa > 0) != (fb > 0)) {
        return brent(amounts, times, a, b);
      }
      a = b;
      fa = fb;
      step *= 2;
    }
    return Double.NaN;
  }

  /** Every root the grid brackets, refined by Brent; the one nearest the guess, or NaN. */
  private static double nearestBracketedRoot(double[] amounts, double[] times, double guess) {
    double best = Double.NaN;
    double left = GRID[0];
    double fLeft = scaled(amounts, times, left);
    for (int g = 1; g < GRID.length; g++) {
      double right = GRID[g];
      double fRight = scaled(amounts, times, right);
      double root = Double.NaN;
      if (fLeft == 0) {
        root = left;
      } else if (fLeft * fRight < 0) {
        root = brent(amounts, times, left, right);
      }
      if (!Double.isNaN(root) && (Double.isNaN(best) || Math.abs(root - guess) < Math.abs(best - guess))) {
        best = root;
      }
      left = right;
      fLeft = fRight;
    }
    if (fLeft == 0 && (Double.isNaN(best) || Math.abs(left - guess) < Math.abs(best - guess))) {
      best = left;
    }
    return best;
  }

  /** Brent's method (Hipparchus) on a bracket between a and b (either order) with f(a)·f(b) < 0. */
  private static double brent(double[] amounts, double[] times, double a, double b) {
    // A solver keeps per-call state, so each search gets its own.
    return new BrentSolver(RATE_TOLERANCE)
        .solve(BRENT_EVALUATIONS, r -> scaled(amounts, times, r), Math.min(a, b), Math.max(a, b));
  }

  /** Σ CF_i·(1 + r)^−t_i. */
  private static double presentValue(double[] amounts, double[] times, double rate) {
    double log = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum += amounts[i] * Math.exp(-times[i] * log);
    }
    return sum;
  }

  /**
   * The present value times a positive factor, so it has the same sign and roots but cannot
   * overflow: for r below 0 it is multiplied by (1 + r)^T, T the last time, which keeps every
   * term within its amount. Continuous at r = 0, where the factor is 1.
   */
  private static double scaled(double[] amounts, double[] times, double rate) {
    if (rate >= 0) {
      return presentValue(amounts, times, rate);
    }
    double last = 0;
    for (double t : times) {
      last = Math.max(last, t);
    }
    double log = Math.log1p(rate);
    double sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      sum += amounts[i] * Math.exp((last - times[i]) * log);
    }
    return sum;
  }

  private static int signChanges(double[] amounts) {
    int changes = 0;
    double previous = 0;
    for (double amount : amounts) {
      if (amount != 0) {
        if (previous != 0 && (amount > 0) != (previous > 0)) {
          changes++;
        }
        previous = amount;
      }
    }
    return changes;
  }

  private static double[] amounts(List<?> flows) {
    double[] amounts = new double[flows.size()];
    for (int i = 0; i < amounts.length; i++) {
      Object flow = flows.get(i);
      amounts[i] = flow instanceof DatedCashFlow dated ? dated.amount() : (Double) flow;
    }
    return amounts;
  }

  /** Actual/365 year fractions from the first flow's date. */
  private static double[] years(List<DatedCashFlow> flows) {
    double[] years = new double[flows.size()];
    for (int i = 0; i < years.length; i++) {
      years[i] = ChronoUnit.DAYS.between(flows.get(0).date(), flows.get(i).date()) / DAYS_PER_YEAR;
    }
    return years;
  }

  private static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      // Each input was finite, but together they overflow a double: no meaningful value exists.
      throw new InvalidAssumptionsException(field, "with these cash flows the present value overflows");
    }
    return value;
  }

  /** Rates sampled for sign changes: dense where rates of return usually lie, sparse in the tails. */
  private static double[] grid() {
    double[] low = {-0.9999, -0.999};
    double[] high = {1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 7.5, 10, 20, 50, 100, 1_000, 10_000};
    int dense = 200; // −0.99, −0.98, ..., 0.99, 1.00
    double[] grid = new double[low.length + dense + high.length];
    System.arraycopy(low, 0, grid, 0, low.length);
    for (int i = 0; i < dense; i++) {
      grid[low.length + i] = (i - 99) / 100.0;
    }
    System.arraycopy(high, 0, grid, low.length + dense, high.length);
    return grid;
  }
}
