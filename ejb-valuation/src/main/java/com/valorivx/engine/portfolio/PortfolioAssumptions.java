package com.valorivx.engine.portfolio;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Inputs of an optimisation: asset names, expected returns and covariance matrix (annual, decimal),
 * the risk-free rate, the objective ({@code targetReturn} for {@link Objective#TARGET_RETURN}),
 * and per-asset weight bounds already resolved ({@code -∞}/{@code +∞} where unbounded; long-only
 * callers pass lower bounds of at least 0). The request mapper checks the fields one by one; the
 * constructor re-checks the shapes it relies on.
 */
public record PortfolioAssumptions(List<String> assets, double[] expectedReturns, double[][] covariance,
    double riskFreeRate, Objective objective, Double targetReturn, double[] minWeights, double[] maxWeights) {

  public PortfolioAssumptions {
    Checks checks = Checks.start();
    int n = assets == null ? 0 : assets.size();
    checks.require(n >= 1, "assets", "needs at least one asset");
    checks.require(expectedReturns != null && expectedReturns.length == n, "expectedReturns",
        "needs one value per asset");
    checks.require(covariance != null && covariance.length == n, "covariance", "needs one row per asset");
    checks.require(minWeights != null && minWeights.length == n, "minWeights", "needs one value per asset");
    checks.require(maxWeights != null && maxWeights.length == n, "maxWeights", "needs one value per asset");
    checks.require(objective != null, "objective", "is required");
    checks.require(objective != Objective.TARGET_RETURN || targetReturn != null, "targetReturn",
        "is required for TARGET_RETURN");
    checks.throwIfAny();
  }

  /** Number of assets. */
  public int size() {
    return assets.size();
  }
}
