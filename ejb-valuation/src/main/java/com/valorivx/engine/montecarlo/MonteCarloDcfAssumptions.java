package com.valorivx.engine.montecarlo;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;

/**
 * A Monte Carlo DCF: a {@code base} valued by a revenue projection with a Gordon terminal value, and
 * distributions for some of its inputs. A drawn revenue growth or EBIT margin is that path's rate
 * for every projection year (a flat path); an input without a distribution keeps the base's
 * values (per year where the base gives them per year). A drawn discount rate replaces the base's
 * rate (given or WACC), a drawn terminal growth the base's Gordon growth.
 *
 * @param correlationGrowthMargin correlation in [−1, 1] of the standard normals driving revenue
 *     growth and EBIT margin (a Gaussian copula); for two normal distributions it is their
 *     correlation. Non-zero needs distributions on both.
 * @param paths number of simulated paths, {@value #MIN_PATHS}..{@value #MAX_PATHS}
 * @param seed seed of the random streams: the same assumptions give the same result
 * @param price market price per share compared with the simulated values; null for none
 * @param histogramBins number of equal-width histogram bins, {@value #MIN_BINS}..{@value #MAX_BINS}
 */
public record MonteCarloDcfAssumptions(DcfAssumptions base, Distributions distributions,
    double correlationGrowthMargin, int paths, long seed, Double price, int histogramBins) {

  /** Fewest paths: fewer gives no meaningful percentiles. */
  public static final int MIN_PATHS = 100;

  /** Most paths one simulation may take (the values are kept to sort them: 8 bytes a path). */
  public static final int MAX_PATHS = 5_000_000;

  public static final int MIN_BINS = 5;

  public static final int MAX_BINS = 200;

  /** Bins used when the caller names none. */
  public static final int DEFAULT_BINS = 40;

  /** The uncertain inputs; a null one keeps the base's value. */
  public record Distributions(Distribution revenueGrowth, Distribution ebitMargin, Distribution discountRate,
      Distribution terminalGrowth) {

    /** No uncertain input: every path is the base. */
    public static final Distributions NONE = new Distributions(null, null, null, null);
  }

  public MonteCarloDcfAssumptions {
    Checks checks = Checks.start();
    checks.require(base != null, "base", "is required");
    if (base != null) {
      checks.require(base.cashFlows() instanceof RevenueProjection, "base.projection",
          "is required: the simulation draws the growth and margin of a revenue projection");
      checks.require(base.terminal() instanceof GordonGrowth, "base.terminal.method",
          "must be GORDON: the simulation draws the terminal growth");
    }
    if (distributions == null) {
      distributions = Distributions.NONE;
    }
    check(checks, distributions.revenueGrowth(), "distributions.revenueGrowth");
    check(checks, distributions.ebitMargin(), "distributions.ebitMargin");
    check(checks, distributions.discountRate(), "distributions.discountRate");
    check(checks, distributions.terminalGrowth(), "distributions.terminalGrowth");
    if (checks.finite(correlationGrowthMargin, "correlationGrowthMargin")) {
      checks.require(correlationGrowthMargin >= -1 && correlationGrowthMargin <= 1, "correlationGrowthMargin",
          "must be between -1 and 1");
      checks.require(correlationGrowthMargin == 0
              || distributions.revenueGrowth() != null && distributions.ebitMargin() != null,
          "correlationGrowthMargin", "needs distributions on both revenueGrowth and ebitMargin");
    }
    checks.require(paths >= MIN_PATHS && paths <= MAX_PATHS, "paths",
        () -> "must be between " + MIN_PATHS + " and " + MAX_PATHS + ", was " + paths);
    if (price != null && checks.finite(price, "price")) {
      checks.require(price > 0, "price", "must be positive");
    }
    checks.require(histogramBins >= MIN_BINS && histogramBins <= MAX_BINS, "histogramBins",
        () -> "must be between " + MIN_BINS + " and " + MAX_BINS + ", was " + histogramBins);
    checks.throwIfAny();
  }

  private static void check(Checks checks, Distribution distribution, String field) {
    if (distribution != null) {
      distribution.check(checks, field);
    }
  }
}
