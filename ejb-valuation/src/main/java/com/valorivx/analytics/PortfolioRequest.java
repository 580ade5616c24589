package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.portfolio.Objective;
import com.valorivx.engine.portfolio.PortfolioAssumptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * {@code POST /api/v1/analytics/portfolio/optimize} and {@code /frontier}: asset names, annual
 * expected returns, and either {@code volatilities} with {@code correlations} or a
 * {@code covariance} matrix (symmetric, positive semidefinite); {@code riskFreeRate} (default 0,
 * required for MAX_SHARPE), {@code objective} (optimize only), {@code targetReturn} (TARGET_RETURN),
 * {@code allowShort} (default false), optional per-asset {@code minWeights}/{@code maxWeights}
 * (not with RISK_PARITY, which is long-only by construction), and {@code points} (frontier only,
 * default 20). {@code name} labels the stored run.
 */
public record PortfolioRequest(String name, List<String> assets, List<Double> expectedReturns,
    List<Double> volatilities, List<List<Double>> correlations, List<List<Double>> covariance, Double riskFreeRate,
    String objective, Double targetReturn, Boolean allowShort, List<Double> minWeights, List<Double> maxWeights,
    Integer points) {

  /** Frontier points when the request names none. */
  public static final int DEFAULT_POINTS = 20;

  /** Relative tolerance of the symmetry and positive-semidefiniteness checks. */
  private static final double MATRIX_TOLERANCE = 1e-9;

  /** The assumptions for {@code optimize}: the objective is required. */
  public PortfolioAssumptions toAssumptions() {
    return build(true);
  }

  /** The assumptions for {@code frontier}: the objective is not used (minimum variance is assumed). */
  public PortfolioAssumptions toFrontierAssumptions() {
    return build(false);
  }

  /** The number of frontier points, default {@value #DEFAULT_POINTS}. */
  public int frontierPoints() {
    return points == null ? DEFAULT_POINTS : points;
  }

  private PortfolioAssumptions build(boolean needObjective) {
    Checks checks = Checks.start();
    int n = assets == null ? 0 : assets.size();
    if (assets == null || assets.isEmpty()) {
      checks.reject("assets", "needs at least one asset");
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String a = assets.get(i);
        checks.requireAt(a != null && !a.isBlank(), "assets", i, "needs a name");
        checks.requireAt(a == null || a.isBlank() || seen.add(a.strip()), "assets", i, "repeats another asset");
      }
    }
    Objective parsed = null;
    if (needObjective) {
      if (objective == null) {
        checks.reject("objective", "is required");
      } else {
        try {
          parsed = Objective.valueOf(objective);
        } catch (IllegalArgumentException e) {
          checks.reject("objective", "must be one of MIN_VARIANCE, TARGET_RETURN, MAX_SHARPE, RISK_PARITY");
        }
      }
    } else {
      parsed = Objective.MIN_VARIANCE;
    }
    double[] mu = vector(checks, expectedReturns, "expectedReturns", n);
    double rf = 0;
    if (riskFreeRate != null || parsed == Objective.MAX_SHARPE) {
      if (checks.finite(riskFreeRate, "riskFreeRate")) {
        rf = riskFreeRate;
      }
    }
    if (parsed == Objective.TARGET_RETURN) {
      checks.finite(targetReturn, "targetReturn");
    }
    if (!needObjective) {
      checks.require(points == null || points >= 2 && points <= 1000, "points", "must be between 2 and 1000");
    }
    double[][] cov = covarianceMatrix(checks, n);
    boolean shortAllowed = Boolean.TRUE.equals(allowShort);
    double[] lo = bounds(checks, minWeights, "minWeights", n, shortAllowed ? Double.NEGATIVE_INFINITY : 0);
    double[] hi = bounds(checks, maxWeights, "maxWeights", n, Double.POSITIVE_INFINITY);
    if (parsed == Objective.RISK_PARITY) {
      checks.require(minWeights == null, "minWeights", "does not apply to RISK_PARITY (long-only by construction)");
      checks.require(maxWeights == null, "maxWeights", "does not apply to RISK_PARITY (long-only by construction)");
    }
    if (lo != null && hi != null && !checks.hasErrors()) {
      double sumLo = 0;
      double sumHi = 0;
      for (int i = 0; i < n; i++) {
        checks.requireAt(shortAllowed || lo[i] >= 0, "minWeights", i, "must not be negative unless allowShort is true");
        checks.requireAt(lo[i] <= hi[i], "maxWeights", i, "must not be below minWeights[" + i + "]");
        sumLo += lo[i];
        sumHi += hi[i];
      }
      checks.require(sumLo <= 1 + 1e-12, "minWeights", "sum to more than 100%, so no portfolio is fully invested");
      checks.require(sumHi >= 1 - 1e-12, "maxWeights", "sum to less than 100%, so no portfolio is fully invested");
    }
    checks.throwIfAny();
    Objective objectiveFinal = parsed;
    double rfFinal = rf;
    return checks.attemptOrThrow(() -> new PortfolioAssumptions(assets.stream().map(String::strip).toList(), mu, cov,
        rfFinal, objectiveFinal, targetReturn, lo, hi));
  }

  private double[][] covarianceMatrix(Checks checks, int n) {
    if (covariance != null && (volatilities != null || correlations != null)) {
      checks.reject("covariance", "give either covariance or volatilities with correlations, not both");
      return null;
    }
    if (covariance != null) {
      double[][] m = matrix(checks, covariance, "covariance", n);
      if (m != null) {
        for (int i = 0; i < n; i++) {
          checks.require(m[i][i] >= 0, "covariance[" + i + "][" + i + "]", "must not be negative");
        }
        checkSymmetricPsd(checks, m, "covariance");
      }
      return m;
    }
    checks.require(volatilities != null, "volatilities", "is required (or give covariance)");
    checks.require(correlations != null, "correlations", "is required (or give covariance)");
    double[] vol = vector(checks, volatilities, "volatilities", n);
    double[][] rho = matrix(checks, correlations, "correlations", n);
    if (vol == null || rho == null) {
      return null;
    }
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      boolean v = vol[i] >= 0;
      checks.requireAt(v, "volatilities", i, "must not be negative");
      ok &= v;
      boolean d = Math.abs(rho[i][i] - 1) <= MATRIX_TOLERANCE;
      checks.require(d, "correlations[" + i + "][" + i + "]", "must be 1");
      ok &= d;
      for (int j = 0; j < n; j++) {
        boolean r = Math.abs(rho[i][j]) <= 1 + MATRIX_TOLERANCE;
        checks.require(r, "correlations[" + i + "][" + j + "]", "must be between -1 and 1");
        ok &= r;
      }
    }
    if (!ok || !checkSymmetricPsd(checks, rho, "correlations")) {
      return null;
    }
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = rho[i][j] * vol[i] * vol[j];
      }
    }
    return m;
  }

  private static boolean checkSymmetricPsd(Checks checks, double[][] m, String field) {
    int n = m.length;
    double scale = 0;
    for (double[] row : m) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    boolean symmetric = true;
    for (int i = 0; i < n && symmetric; i++) {
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(m[i][j] - m[j][i]) > MATRIX_TOLERANCE * Math.max(scale, 1e-300)) {
          checks.reject(field + "[" + i + "][" + j + "]", "must equal " + field + "[" + j + "][" + i
              + "] (the matrix must be symmetric)");
          symmetric = false;
          break;
        }
      }
    }
    if (!symmetric || scale == 0) {
      return symmetric;
    }
    double[] eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(m)).getEigenvalues();
    double smallest = java.util.Arrays.stream(eigen).min().orElse(0);
    if (smallest < -MATRIX_TOLERANCE * scale * n) {
      checks.reject(field, "must be positive semidefinite (smallest eigenvalue " + smallest + ")");
      return false;
    }
    return true;
  }

  private static double[] vector(Checks checks, List<Double> values, String field, int n) {
    if (values == null) {
      checks.reject(field, "is required");
      return null;
    }
    if (values.size() != n) {
      checks.reject(field, "needs " + n + " values, one per asset (has " + values.size() + ")");
      return null;
    }
    double[] v = new double[n];
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      if (checks.finiteAt(values.get(i), field, i)) {
        v[i] = values.get(i);
      } else {
        ok = false;
      }
    }
    return ok ? v : null;
  }

  private static double[] bounds(Checks checks, List<Double> values, String field, int n, double fallback) {
    if (values == null) {
      double[] v = new double[n];
      java.util.Arrays.fill(v, fallback);
      return v;
    }
    return vector(checks, values, field, n);
  }

  private static double[][] matrix(Checks checks, List<List<Double>> rows, String field, int n) {
    if (rows == null) {
      return null;
    }
    if (rows.size() != n) {
      checks.reject(field, "needs " + n + " rows, one per asset (has " + rows.size() + ")");
      return null;
    }
    double[][] m = new double[n][];
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      double[] row = vector(checks, rows.get(i), field + "[" + i + "]", n);
      ok &= row != null;
      m[i] = row;
    }
    return ok ? m : null;
  }
}
