package com.valorivx.engine.credit;

import com.valorivx.engine.common.ModelNotSolvableException;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.special.Erf;

/**
 * Structural credit model: equity E is a call on assets V struck at the debt's face value D, due at T.
 * Solves the two equations
 * <pre>
 *   E = V·N(d1) − D·e^(−rT)·N(d2)
 *   σ_E·E = N(d1)·σ_V·V
 * </pre>
 * for V and σ_V. First a damped two-dimensional Newton iteration with the analytic Jacobian from
 * V0 = E + D·e^(−rT), σ0 = σ_E·E/V0; if it does not converge, a nested one-dimensional solve: for
 * each σ_V, V from the first equation by Brent on [E, E + D·e^(−rT)], and σ_V itself by Brent on
 * the second equation's residual. Either way the answer must reproduce E and σ_E to a relative
 * {@value #RESIDUAL_TOLERANCE}, or the model is not solvable (HTTP 422).
 */
public final class MertonModel {

  /** The model as the services use it. */
  public static final MertonModel DEFAULT = new MertonModel();
  /** Stored with every run. */
  public static final String VERSION = "merton-1";
  /** Largest relative residual of either equation accepted for a solution. */
  public static final double RESIDUAL_TOLERANCE = 1e-9;

  private static final double SQRT_TWO = Math.sqrt(2);
  private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
  private static final int NEWTON_MAX_ITERATIONS = 100;
  private static final int BRENT_MAX_EVALUATIONS = 500;
  private static final double MIN_ASSET_VOLATILITY = 1e-8;
  private static final double MAX_ASSET_VOLATILITY = 50;

  /** Solves the model; {@link ModelNotSolvableException} when no (V, σ_V) reproduces E and σ_E. */
  public MertonResult solve(MertonAssumptions a) {
    double[] newton = newton(a);
    if (newton != null) {
      return result(a, newton[0], newton[1], "NEWTON", (int) newton[2]);
    }
    double[] brent = nestedBrent(a);
    return result(a, brent[0], brent[1], "BRENT", (int) brent[2]);
  }

  /** Risk-neutral PD at each face value of debt, all else as given (a leverage profile). */
  public double[] probabilityByDebt(MertonAssumptions a, double[] debtFaceValues) {
    double[] out = new double[debtFaceValues.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = solve(a.withDebtFaceValue(debtFaceValues[i])).probabilityOfDefault();
    }
    return out;
  }

  private double[] newton(MertonAssumptions a) {
    double e = a.equityValue();
    double t = a.maturityYears();
    double sqrtT = Math.sqrt(t);
    double pvDebt = a.debtFaceValue() * Math.exp(-a.riskFreeRate() * t);
    double target2 = a.equityVolatility() * e;
    double v = e + pvDebt;
    double s = target2 / v;
    for (int i = 1; i <= NEWTON_MAX_ITERATIONS; i++) {
      double d1 = d1(v, s, a);
      double d2 = d1 - s * sqrtT;
      double nd1 = cdf(d1);
      double pd1 = density(d1);
      double f1 = v * nd1 - pvDebt * cdf(d2) - e;
      double f2 = nd1 * s * v - target2;
      if (converged(a, f1, f2)) {
        return new double[] {v, s, i - 1};
      }
      double j11 = nd1;
      double j12 = v * pd1 * sqrtT;
      double j21 = s * nd1 + pd1 / sqrtT;
      double j22 = nd1 * v - v * pd1 * d2;
      double det = j11 * j22 - j12 * j21;
      if (!Double.isFinite(det) || det == 0) {
        return null;
      }
      double dv = (f1 * j22 - f2 * j12) / det;
      double ds = (j11 * f2 - j21 * f1) / det;
      double step = 1;
      while (step > 1e-6 && (v - step * dv <= 0 || s - step * ds <= 0)) {
        step /= 2;
      }
      v -= step * dv;
      s -= step * ds;
      if (!(v > 0 && s > 0) || !Double.isFinite(v) || !Double.isFinite(s)) {
        return null;
      }
    }
    return null;
  }

  private double[] nestedBrent(MertonAssumptions a) {
    double e = a.equityValue();
    double pvDebt = a.debtFaceValue() * Math.exp(-a.riskFreeRate() * a.maturityYears());
    double target2 = a.equityVolatility() * e;
    BrentSolver outer = new BrentSolver(1e-14, 1e-14);
    int[] inner = {0};
    try {
      double s = outer.solve(BRENT_MAX_EVALUATIONS, sigma -> {
        double v = assetValue(a, sigma, pvDebt, inner);
        return cdf(d1(v, sigma, a)) * sigma * v / target2 - 1;
      }, MIN_ASSET_VOLATILITY, MAX_ASSET_VOLATILITY, a.equityVolatility() * e / (e + pvDebt));
      double v = assetValue(a, s, pvDebt, inner);
      double d1 = d1(v, s, a);
      double f1 = v * cdf(d1) - pvDebt * cdf(d1 - s * Math.sqrt(a.maturityYears())) - e;
      double f2 = cdf(d1) * s * v - target2;
      if (!converged(a, f1, f2)) {
        throw notSolvable();
      }
      return new double[] {v, s, outer.getEvaluations()};
    } catch (MathIllegalArgumentException | MathIllegalStateException ex) {
      throw notSolvable();
    }
  }

  /** V such that the call on V struck at D is worth E; E ≤ V ≤ E + D·e^(−rT) bracket it. */
  private static double assetValue(MertonAssumptions a, double sigma, double pvDebt, int[] count) {
    double e = a.equityValue();
    BrentSolver solver = new BrentSolver(1e-15, 1e-13 * (e + pvDebt));
    count[0]++;
    return solver.solve(BRENT_MAX_EVALUATIONS,
        v -> v * cdf(d1(v, sigma, a)) - pvDebt * cdf(d1(v, sigma, a) - sigma * Math.sqrt(a.maturityYears())) - e,
        e, e + pvDebt);
  }

  private static boolean converged(MertonAssumptions a, double f1, double f2) {
    return Math.abs(f1) <= RESIDUAL_TOLERANCE * a.equityValue()
        && Math.abs(f2) <= RESIDUAL_TOLERANCE * a.equityValue() * a.equityVolatility();
  }

  private static ModelNotSolvableException notSolvable() {
    return new ModelNotSolvableException("equityVolatility",
        "no asset value and asset volatility reproduce this equity value and volatility");
  }

  private static MertonResult result(MertonAssumptions a, double v, double s, String method, int iterations) {
    double t = a.maturityYears();
    double d1 = d1(v, s, a);
    double d2 = d1 - s * Math.sqrt(t);
    double pd = cdf(-d2);
    double debt = v - a.equityValue();
    double spread = -Math.log(debt / a.debtFaceValue()) / t - a.riskFreeRate();
    return new MertonResult(v, s, d1, d2, pd, debt, pd * a.lossGivenDefault() * a.debtFaceValue(), spread,
        method, iterations);
  }

  private static double d1(double v, double s, MertonAssumptions a) {
    double t = a.maturityYears();
    return (Math.log(v / a.debtFaceValue()) + (a.riskFreeRate() + 0.5 * s * s) * t) / (s * Math.sqrt(t));
  }

  /** Φ(x) = ½·erfc(−x/√2), accurate in both tails. */
  static double cdf(double x) {
    return 0.5 * Erf.erfc(-x / SQRT_TWO);
  }

  static double density(double x) {
    return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
  }

  /** The nested one-dimensional fallback alone, without trying Newton first (for comparison). */
  public MertonResult solveByBrent(MertonAssumptions a) {
    double[] brent = nestedBrent(a);
    return result(a, brent[0], brent[1], "BRENT", (int) brent[2]);
  }
}
