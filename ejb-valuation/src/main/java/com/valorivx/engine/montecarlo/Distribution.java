package com.valorivx.engine.montecarlo;

import com.valorivx.engine.common.Checks;

/**
 * The distribution of one uncertain DCF input. Every distribution is driven by one standard normal
 * draw Z (so two inputs can be correlated through a Gaussian copula); the uniform-based ones use
 * U = Φ(Z). Rates are decimals.
 */
public sealed interface Distribution
    permits Distribution.Normal, Distribution.LogNormal, Distribution.Triangular, Distribution.Uniform {

  /** Expected value of the variable. */
  double mean();

  /** Variance of the variable. */
  double variance();

  /** Records every bad parameter under {@code field} (e.g. {@code distributions.revenueGrowth}). */
  void check(Checks checks, String field);

  /** Normal: X = mean + stdDev·Z. A zero stdDev gives the mean on every path. */
  record Normal(double mean, double stdDev) implements Distribution {
    @Override
    public double variance() {
      return stdDev * stdDev;
    }

    @Override
    public void check(Checks checks, String field) {
      checks.finite(mean, field + ".mean");
      if (checks.finite(stdDev, field + ".stdDev")) {
        checks.require(stdDev >= 0, field + ".stdDev", "must not be negative");
      }
    }
  }

  /**
   * Lognormal, given by the mean and standard deviation of the variable itself (not of its log):
   * X = exp(μ + σZ) with σ² = ln(1 + stdDev²/mean²) and μ = ln(mean) − σ²/2, so E[X] = mean and
   * sd[X] = stdDev. X is always positive, so mean must be positive. A zero stdDev gives the mean.
   */
  record LogNormal(double mean, double stdDev) implements Distribution {
    @Override
    public double variance() {
      return stdDev * stdDev;
    }

    /** σ of ln X. */
    public double logSigma() {
      return Math.sqrt(Math.log1p(stdDev * stdDev / (mean * mean)));
    }

    /** μ of ln X. */
    public double logMu() {
      double sigma = logSigma();
      return Math.log(mean) - sigma * sigma / 2;
    }

    @Override
    public void check(Checks checks, String field) {
      if (checks.finite(mean, field + ".mean")) {
        checks.require(mean > 0, field + ".mean", "must be positive: a lognormal variable is always above zero");
      }
      if (checks.finite(stdDev, field + ".stdDev")) {
        checks.require(stdDev >= 0, field + ".stdDev", "must not be negative");
      }
    }
  }

  /**
   * Triangular on [min, max] with its peak at mode: X = F⁻¹(U). min = mode = max gives that value.
   * Mean (min + mode + max)/3, variance (min² + mode² + max² − min·mode − min·max − mode·max)/18.
   */
  record Triangular(double min, double mode, double max) implements Distribution {
    @Override
    public double mean() {
      return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
      return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    @Override
    public void check(Checks checks, String field) {
      boolean finite = checks.finite(min, field + ".min") & checks.finite(mode, field + ".mode")
          & checks.finite(max, field + ".max");
      if (finite) {
        checks.require(min <= mode, field + ".mode", "must not be below min");
        checks.require(mode <= max, field + ".mode", "must not be above max");
      }
    }
  }

  /** Uniform on [min, max]: X = min + (max − min)·U. min = max gives that value. */
  record Uniform(double min, double max) implements Distribution {
    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public double variance() {
      return (max - min) * (max - min) / 12;
    }

    @Override
    public void check(Checks checks, String field) {
      boolean finite = checks.finite(min, field + ".min") & checks.finite(max, field + ".max");
      if (finite) {
        checks.require(min <= max, field + ".max", "must not be below min");
      }
    }
  }
}
