package com.valorivx.engine.portfolio;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.common.WorkMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Mean-variance optimiser (see the package documentation for the method). Stateless and
 * thread-safe; {@link #DEFAULT} is the instance the services use.
 */
public final class PortfolioOptimizer {

  /** Version stored with every run, raised when the figures a run produces could change. */
  public static final String VERSION = "portfolio-2.0";

  public static final PortfolioOptimizer DEFAULT = new PortfolioOptimizer();

  private static final int MAX_NEWTON_STEPS = 200;

  /** The most frontier points one request may ask for. */
  public static final int MAX_POINTS = 1000;

  /** The portfolio the objective asks for. */
  public PortfolioResult optimize(PortfolioAssumptions in) {
    double[] w = switch (in.objective()) {
      case MIN_VARIANCE -> minimumVariance(in);
      case TARGET_RETURN -> targetReturn(in, in.targetReturn(), "targetReturn");
      case MAX_SHARPE -> maximumSharpe(in, true);
      case RISK_PARITY -> riskParity(in);
    };
    return result(in, in.objective(), w);
  }

  /** The efficient frontier in {@code points} evenly spaced returns (2 to {@link #MAX_POINTS}). */
  public EfficientFrontier frontier(PortfolioAssumptions in, int points) {
    return frontier(in, points, WorkMonitor.NONE);
  }

  /** Checks a frontier's number of points: 2 to {@link #MAX_POINTS}. */
  public static void checkPoints(int points) {
    Checks.start().require(points >= 2 && points <= MAX_POINTS, "points",
        "must be between 2 and " + MAX_POINTS).throwIfAny();
  }

  /**
   * The efficient frontier as {@link #frontier(PortfolioAssumptions, int)}, telling {@code monitor}
   * after each point is solved and stopping before the next one when it cancels
   * ({@link com.valorivx.engine.common.WorkCancelledException}); the tangency portfolio is the last step.
   */
  public EfficientFrontier frontier(PortfolioAssumptions in, int points, WorkMonitor monitor) {
    checkPoints(points);
    long steps = points + 1L;
    double[] mvp = minimumVariance(in);
    double low = dot(in.expectedReturns(), mvp);
    double high = extremeReturn(in, 1);
    if (Double.isInfinite(high)) {
      high = Math.max(low, max(in.expectedReturns()));
    }
    List<FrontierPoint> list = new ArrayList<>();
    if (high - low <= 1e-12 * Math.max(1, Math.abs(low))) {
      list.add(point(in, mvp));
    } else {
      list.add(point(in, mvp));
      for (int i = 1; i < points; i++) {
        monitor.step(i, steps, "frontier points");
        double t = i == points - 1 ? high : low + (high - low) * i / (points - 1);
        list.add(point(in, targetReturn(in, t, "points")));
      }
    }
    monitor.step(points, steps, "frontier points");
    PortfolioResult tangency = null;
    if (max(in.expectedReturns()) > in.riskFreeRate()) {
      double[] t = maximumSharpe(in, false);
      tangency = t == null ? null : result(in, Objective.MAX_SHARPE, t);
    }
    monitor.progress(steps, steps);
    return new EfficientFrontier(in.assets(), List.copyOf(list), result(in, Objective.MIN_VARIANCE, mvp),
        tangency, VERSION);
  }

  // ---- objectives

  double[] minimumVariance(PortfolioAssumptions in) {
    feasibleStart(in.minWeights(), in.maxWeights());
    return QuadraticProgram.minimise(in.covariance(), new double[][] {ones(in.size())}, new double[] {1},
        in.minWeights(), in.maxWeights(), "covariance");
  }

  double[] targetReturn(PortfolioAssumptions in, double target, String field) {
    double[] start = feasibleStart(in.minWeights(), in.maxWeights());
    if (!shiftReturn(start, in.expectedReturns(), in.minWeights(), in.maxWeights(), target)) {
      double low = extremeReturn(in, -1);
      double high = extremeReturn(in, 1);
      throw new ModelNotSolvableException(field, "an expected return of " + Checks.percent(target)
          + " is not attainable within the weight bounds; attainable returns range from " + show(low) + " to "
          + show(high));
    }
    return QuadraticProgram.minimise(in.covariance(), new double[][] {ones(in.size()), in.expectedReturns()},
        new double[] {1, target}, in.minWeights(), in.maxWeights(), field);
  }

  /**
   * The tangency portfolio by the homogenised programme (Cornuejols and Tütüncü, Optimization Methods
   * in Finance, 2007, section 8.2): minimise yᵀΣy subject to (μ − r<sub>f</sub>)ᵀy = 1,
   * Σy<sub>i</sub> = κ, κ·lo<sub>i</sub> ≤ y<sub>i</sub> ≤ κ·hi<sub>i</sub>, κ ≥ 0; then w = y/κ. One
   * convex QP, exact under any bounds. With {@code required}, no solution is a 422 naming
   * {@code riskFreeRate}; otherwise null.
   */
  double[] maximumSharpe(PortfolioAssumptions in, boolean required) {
    double rf = in.riskFreeRate();
    double[] mu = in.expectedReturns();
    double high = extremeReturn(in, 1);
    if (max(mu) <= rf || high <= rf) {
      if (!required) {
        return null;
      }
      throw new ModelNotSolvableException("riskFreeRate", "no attainable portfolio's expected return exceeds the "
          + "risk-free rate of " + Checks.percent(rf) + " (highest expected return " + show(Math.min(max(mu), high))
          + "), so no portfolio has a positive Sharpe ratio");
    }
    double[] w = QuadraticProgram.tangency(in.covariance(), mu, rf, in.minWeights(), in.maxWeights());
    if (w == null) {
      if (!required) {
        return null;
      }
      throw new ModelNotSolvableException("riskFreeRate", "the Sharpe ratio has no maximum within the weight "
          + "bounds (it only approaches its supremum as positions grow without limit)");
    }
    return w;
  }

  /**
   * Equal risk contributions: y minimises ½yᵀΣy − (1/n)Σ ln y<sub>i</sub> over y &gt; 0, whose
   * first-order condition y<sub>i</sub>(Σy)<sub>i</sub> = 1/n makes every contribution equal; w = y/Σy.
   * Long-only by construction; the weight bounds do not apply.
   */
  double[] riskParity(PortfolioAssumptions in) {
    int n = in.size();
    double[][] cov = in.covariance();
    double b = 1.0 / n;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(cov[i][i] > 0)) {
        throw new ModelNotSolvableException("covariance", "risk parity needs every asset to carry risk; asset "
            + in.assets().get(i) + " has zero variance");
      }
      y[i] = 1 / Math.sqrt(cov[i][i]) / n;
    }
    for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
      double[] sy = multiply(cov, y);
      double[] grad = new double[n];
      RealMatrix hessian = new Array2DRowRealMatrix(n, n);
      double gradNorm = 0;
      for (int i = 0; i < n; i++) {
        grad[i] = sy[i] - b / y[i];
        gradNorm = Math.max(gradNorm, Math.abs(grad[i] * y[i]));
        for (int j = 0; j < n; j++) {
          hessian.setEntry(i, j, cov[i][j]);
        }
        hessian.addToEntry(i, i, b / (y[i] * y[i]));
      }
      if (gradNorm < 1e-15) {
        break;
      }
      DecompositionSolver solver = new LUDecomposition(hessian).getSolver();
      double[] dir = solver.solve(new ArrayRealVector(grad)).mapMultiply(-1).toArray();
      double t = 1;
      double f0 = parityObjective(cov, y, b);
      double slope = dot(grad, dir);
      double[] next = new double[n];
      for (int k = 0; k < 60; k++) {
        boolean positive = true;
        for (int i = 0; i < n; i++) {
          next[i] = y[i] + t * dir[i];
          positive &= next[i] > 0;
        }
        if (positive && parityObjective(cov, next, b) <= f0 + 1e-4 * t * slope) {
          break;
        }
        t /= 2;
      }
      y = next.clone();
    }
    double sum = Arrays.stream(y).sum();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = y[i] / sum;
    }
    return w;
  }

  private static double parityObjective(double[][] cov, double[] y, double b) {
    double s = 0.5 * quadratic(cov, y);
    for (double v : y) {
      s -= b * Math.log(v);
    }
    return s;
  }

  // ---- feasibility

  /** Weights within the bounds summing to one: 1/n clamped, the shortfall or excess spread in asset order. */
  static double[] feasibleStart(double[] lo, double[] hi) {
    int n = lo.length;
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = Math.min(Math.max(1.0 / n, lo[i]), hi[i]);
      sum += w[i];
    }
    double gap = 1 - sum;
    for (int i = 0; i < n && gap != 0; i++) {
      double move = gap > 0 ? Math.min(gap, hi[i] - w[i]) : Math.max(gap, lo[i] - w[i]);
      w[i] += move;
      gap -= move;
    }
    if (Math.abs(gap) > 1e-12) {
      throw new ModelNotSolvableException(gap > 0 ? "maxWeights" : "minWeights",
          "no fully invested portfolio fits the weight bounds");
    }
    return w;
  }

  /**
   * Moves weight from low- to high-return assets (or back) until μᵀw = target, staying within the
   * bounds and the budget; false when the target is out of reach.
   */
  static boolean shiftReturn(double[] w, double[] mu, double[] lo, double[] hi, double target) {
    int n = w.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(mu[y], mu[x]));
    double gap = target - dot(mu, w);
    double tolerance = 1e-14 * Math.max(1, Math.abs(target));
    boolean up = gap > 0;
    for (int hiIdx = 0; hiIdx < n && Math.abs(gap) > tolerance; hiIdx++) {
      for (int loIdx = n - 1; loIdx > hiIdx && Math.abs(gap) > tolerance; loIdx--) {
        int i = order[hiIdx];
        int j = order[loIdx];
        double diff = mu[i] - mu[j];
        if (diff <= 0) {
          continue;
        }
        // up: buy i, sell j; down: sell i, buy j
        double room = up ? Math.min(hi[i] - w[i], w[j] - lo[j]) : Math.min(w[i] - lo[i], hi[j] - w[j]);
        double move = Math.min(room, Math.abs(gap) / diff);
        if (move <= 0) {
          continue;
        }
        w[i] += up ? move : -move;
        w[j] += up ? -move : move;
        gap = target - dot(mu, w);
      }
    }
    return Math.abs(gap) <= 1e-10 * Math.max(1, Math.abs(target));
  }

  /** The highest (direction 1) or lowest (−1) attainable expected return; infinite when unbounded. */
  static double extremeReturn(PortfolioAssumptions in, int direction) {
    double[] mu = in.expectedReturns();
    double[] lo = in.minWeights();
    double[] hi = in.maxWeights();
    int n = mu.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double diff = direction * (mu[i] - mu[j]);
        if (diff > 0 && hi[i] == Double.POSITIVE_INFINITY && lo[j] == Double.NEGATIVE_INFINITY) {
          return direction * Double.POSITIVE_INFINITY;
        }
      }
    }
    double[] w = feasibleStart(lo, hi);
    shiftReturn(w, mu, lo, hi, direction * Double.MAX_VALUE / 4);
    return dot(mu, w);
  }

  // ---- results

  private PortfolioResult result(PortfolioAssumptions in, Objective objective, double[] w) {
    double[] sw = multiply(in.covariance(), w);
    double variance = Math.max(dot(w, sw), 0);
    double vol = Math.sqrt(variance);
    double er = dot(in.expectedReturns(), w);
    List<Double> contributions = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      contributions.add(variance > 0 ? w[i] * sw[i] / variance : 0.0);
    }
    return new PortfolioResult(objective, List.copyOf(in.assets()), boxed(w), er, vol,
        vol > 0 ? (er - in.riskFreeRate()) / vol : null, List.copyOf(contributions), VERSION);
  }

  private FrontierPoint point(PortfolioAssumptions in, double[] w) {
    double vol = Math.sqrt(Math.max(quadratic(in.covariance(), w), 0));
    double er = dot(in.expectedReturns(), w);
    return new FrontierPoint(er, vol, vol > 0 ? (er - in.riskFreeRate()) / vol : null, boxed(w));
  }

  private static String show(double rate) {
    return Double.isInfinite(rate) ? (rate > 0 ? "unbounded" : "unbounded below") : Checks.percent(rate);
  }

  private static List<Double> boxed(double[] w) {
    List<Double> list = new ArrayList<>(w.length);
    for (double v : w) {
      list.add(v);
    }
    return List.copyOf(list);
  }

  static double quadratic(double[][] q, double[] x) {
    return dot(x, multiply(q, x));
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double[] multiply(double[][] q, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += q[i][j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1);
    return o;
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElseThrow();
  }
}
