package com.valorivx.engine.risk;

import com.valorivx.engine.common.WorkMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RectangularCholeskyDecomposition;

/**
 * Value at risk and expected shortfall (conventions of API.md "Analytics"): delta-normal with
 * VaR = z_c·σ_p·√h and ES = σ_p·√h·φ(z_c)/(1 − c), where σ_p² = wᵀρw and w_i = value_i·σ_i;
 * historical and Monte Carlo from scenario losses with k = ⌈n·(1 − c)⌉, VaR the k-th largest loss and
 * ES the mean of the k largest. Returns are taken with zero mean.
 */
public final class ValueAtRiskEngine {

  /** Stored with every run so old results can be told apart when the model changes. */
  public static final String VERSION = "risk-1";
  /** The engine with default settings. */
  public static final ValueAtRiskEngine DEFAULT = new ValueAtRiskEngine();
  /** Monte Carlo scenarios simulated between two progress reports (and cancel checks). */
  public static final int SCENARIO_CHUNK = 50_000;
  /** Bars in a histogram. */
  public static final int HISTOGRAM_BINS = 40;
  /** Slack on n·(1 − c) before rounding up, so 500·(1 − 0.99) counts as 5 and not 6. */
  static final double TAIL_ROUNDING_SLACK = 1e-9;
  /** Rank tolerance of eigenvalues in the Cholesky factor of a semidefinite correlation matrix. */
  static final double CHOLESKY_SMALL = 1e-12;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  /** k = ⌈n·(1 − c)⌉, at least 1: the number of scenarios in the tail. */
  public static int tailCount(int n, double confidence) {
    return Math.max(1, (int) Math.ceil(n * (1 - confidence) - TAIL_ROUNDING_SLACK));
  }

  /** Runs the method the assumptions name. */
  public RiskResult run(RiskAssumptions a) {
    return run(a, WorkMonitor.NONE);
  }

  /**
   * Runs the method the assumptions name, telling {@code monitor} of the Monte Carlo scenarios
   * simulated after each chunk of {@value #SCENARIO_CHUNK} and stopping between chunks when it
   * cancels ({@link com.valorivx.engine.common.WorkCancelledException}). The chunks draw from one
   * random stream in order, so the answer is the same as {@link #run(RiskAssumptions)}'s.
   */
  public RiskResult run(RiskAssumptions a, WorkMonitor monitor) {
    RiskResult core = switch (a.method()) {
      case PARAMETRIC -> parametric(a);
      case HISTORICAL -> historical(a);
      case MONTE_CARLO -> monteCarlo(a, monitor);
    };
    return new RiskResult(core.method(), core.confidence(), core.horizonDays(), core.valueAtRisk(),
        core.expectedShortfall(), core.standardError(), core.portfolioVolatility(), core.scenarioCount(),
        core.tailCount(), core.components(), stress(a), core.histogram());
  }

  private RiskResult parametric(RiskAssumptions a) {
    double[] w = dollarVolatilities(a);
    double[] rhoW = MatrixUtils.createRealMatrix(a.correlations()).operate(w);
    double variance = 0;
    for (int i = 0; i < w.length; i++) {
      variance += w[i] * rhoW[i];
    }
    double sigma = Math.sqrt(Math.max(0, variance)) * Math.sqrt(a.horizonDays());
    double z = STANDARD_NORMAL.inverseCumulativeProbability(a.confidence());
    double var = z * sigma;
    double es = sigma * STANDARD_NORMAL.density(z) / (1 - a.confidence());
    List<RiskResult.ComponentVar> components = new ArrayList<>();
    double dailySigma = sigma / Math.sqrt(a.horizonDays());
    for (int i = 0; i < w.length; i++) {
      double component = dailySigma == 0 ? 0 : w[i] * rhoW[i] / dailySigma * z * Math.sqrt(a.horizonDays());
      components.add(new RiskResult.ComponentVar(a.positions().get(i).name(), component, var == 0 ? 0 : component / var));
    }
    List<RiskResult.Bin> bins = new ArrayList<>();
    if (sigma > 0) {
      double from = -4 * sigma;
      double width = 8 * sigma / HISTOGRAM_BINS;
      for (int b = 0; b < HISTOGRAM_BINS; b++) {
        double lo = from + b * width;
        double p = STANDARD_NORMAL.cumulativeProbability((lo + width) / sigma) - STANDARD_NORMAL.cumulativeProbability(lo / sigma);
        bins.add(new RiskResult.Bin(lo, lo + width, 1000 * p));
      }
    }
    return new RiskResult(RiskMethod.PARAMETRIC, a.confidence(), a.horizonDays(), var, es, null, sigma, 0, 0,
        components, List.of(), bins);
  }

  private RiskResult historical(RiskAssumptions a) {
    double scale = Math.sqrt(a.horizonDays());
    double[] losses = a.losses().clone();
    for (int i = 0; i < losses.length; i++) {
      losses[i] *= scale;
    }
    return fromScenarios(RiskMethod.HISTORICAL, a, losses, false);
  }

  private RiskResult monteCarlo(RiskAssumptions a, WorkMonitor monitor) {
    double[] w = dollarVolatilities(a);
    int n = w.length;
    RealMatrix root = new RectangularCholeskyDecomposition(MatrixUtils.createRealMatrix(a.correlations()), CHOLESKY_SMALL)
        .getRootMatrix();
    int rank = root.getColumnDimension();
    // loss = −Σ_i w_i·√h·(B·e)_i = −Σ_j e_j·(Σ_i w_i·√h·B_ij): fold the weights into one row vector.
    double[] loadings = new double[rank];
    double scale = Math.sqrt(a.horizonDays());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < rank; j++) {
        loadings[j] += w[i] * scale * root.getEntry(i, j);
      }
    }
    SplittableRandom random = new SplittableRandom(a.seed());
    double[] losses = new double[a.scenarios()];
    for (int from = 0; from < losses.length; from += SCENARIO_CHUNK) {
      monitor.step(from, losses.length, "scenarios");
      int to = Math.min(losses.length, from + SCENARIO_CHUNK);
      for (int s = from; s < to; s++) {
        double pnl = 0;
        for (int j = 0; j < rank; j++) {
          pnl += loadings[j] * random.nextGaussian();
        }
        losses[s] = -pnl;
      }
    }
    monitor.progress(losses.length, losses.length);
    return fromScenarios(RiskMethod.MONTE_CARLO, a, losses, true);
  }

  /** VaR and ES from scenario losses (sorted in place); with a standard error for simulated ones. */
  private static RiskResult fromScenarios(RiskMethod method, RiskAssumptions a, double[] losses, boolean simulated) {
    Arrays.sort(losses);
    int n = losses.length;
    int k = tailCount(n, a.confidence());
    double var = losses[n - k];
    double tail = 0;
    for (int i = n - k; i < n; i++) {
      tail += losses[i];
    }
    double es = tail / k;
    Double standardError = null;
    if (simulated) {
      // Distribution-free: the quantile's order statistic moves by about √(n·p·(1 − p)) ranks per standard error.
      double p = 1 - a.confidence();
      int m = Math.max(1, (int) Math.round(Math.sqrt(n * p * (1 - p))));
      int lo = Math.max(0, n - k - m);
      int hi = Math.min(n - 1, n - k + m);
      standardError = (losses[hi] - losses[lo]) / 2;
    }
    return new RiskResult(method, a.confidence(), a.horizonDays(), var, es, standardError, null, n, k, List.of(),
        List.of(), histogram(losses));
  }

  private static List<RiskResult.Bin> histogram(double[] sorted) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (!(max > min)) {
      return List.of(new RiskResult.Bin(min, max, sorted.length));
    }
    double width = (max - min) / HISTOGRAM_BINS;
    double[] counts = new double[HISTOGRAM_BINS];
    for (double loss : sorted) {
      counts[Math.min(HISTOGRAM_BINS - 1, (int) ((loss - min) / width))]++;
    }
    List<RiskResult.Bin> bins = new ArrayList<>();
    for (int b = 0; b < HISTOGRAM_BINS; b++) {
      bins.add(new RiskResult.Bin(min + b * width, min + (b + 1) * width, counts[b]));
    }
    return bins;
  }

  private static List<RiskResult.StressResult> stress(RiskAssumptions a) {
    List<RiskResult.StressResult> results = new ArrayList<>();
    for (StressScenario s : a.stress()) {
      double pnl = 0;
      for (RiskPosition p : a.positions()) {
        pnl += p.value() * s.shocks().getOrDefault(p.name(), 0.0);
      }
      results.add(new RiskResult.StressResult(s.name(), pnl));
    }
    return results;
  }

  private static double[] dollarVolatilities(RiskAssumptions a) {
    return a.positions().stream().mapToDouble(RiskPosition::dollarVolatility).toArray();
  }
}
